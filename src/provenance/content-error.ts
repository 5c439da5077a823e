import { resolve } from 'node:path';

/** A place in a file: a line (1-based), optionally what is there (`<Chart>`, `frontmatter field "date"`). */
export interface LineLocation {
  line: number;
  column?: number;
  what?: string;
}

/**
 * An author-facing error: names the file, the place in it (line, record or field), what was
 * expected and how to fix it. The build prints `message` as is, so it must stand alone.
 *
 * With a line, the message starts `content/stories/x.mdx:12 (<Chart>)`, the form editors and
 * terminals turn into a link to that line; `loc` lets Astro print the lines around it.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly where: string | undefined;
  readonly line: number | undefined;
  /** What is wrong, and how to fix it, without the location: for tools that re-word or re-place an error. */
  readonly problem: string;
  readonly fix: string | undefined;
  /** Read by Astro's error printer and dev overlay: it shows a code frame of this file and line. */
  readonly loc: { file: string; line: number; column: number } | undefined;

  constructor(file: string, where: string | LineLocation | undefined, problem: string, fix?: string) {
    const line = typeof where === 'object' ? where.line : undefined;
    const detail = typeof where === 'object' ? where.what : where;
    const location = `${file}${line ? `:${line}` : ''}${detail ? ` (${detail})` : ''}`;
    super(`${location}: ${problem}${fix ? `\n  → ${fix}` : ''}`);
    this.name = 'ContentError';
    this.file = file;
    this.where = detail;
    this.line = line;
    this.problem = problem;
    this.fix = fix;
    this.loc = line && typeof where === 'object' ? { file: resolve(file), line, column: where.column ?? 1 } : undefined;
  }
}

/**
 * Several content errors reported at once, so an author fixes them in one pass.
 *
 * The list is `problems`, not `errors`: Astro treats an `errors` array as a batch of bundler
 * errors and prints only the first, which would hide the rest.
 */
export class ContentErrors extends Error {
  readonly problems: ContentError[];
  readonly loc: ContentError['loc'];
  /** Printed by Astro under the message. */
  readonly hint =
    'Fix each problem at the file and line given, then save (npm run dev) or build again. AUTHORING.md ("When the build says no") explains every message.';

  constructor(problems: ContentError[]) {
    super(`${ContentErrors.count(problems)}:\n\n${problems.map((e) => e.message).join('\n\n')}`);
    this.name = 'ContentErrors';
    this.problems = problems;
    this.loc = problems.find((p) => p.loc)?.loc;
  }

  private static count(problems: readonly ContentError[]): string {
    return `${problems.length} problem${problems.length === 1 ? '' : 's'} in content`;
  }

  /**
   * A one-line summary. Astro adds a hint about browser APIs to any error whose toString()
   * mentions "document" or "window", which ours do ("unknown document"); the summary keeps
   * that misleading hint away, so Astro prints ours.
   */
  override toString(): string {
    return `${this.name}: ${ContentErrors.count(this.problems)}`;
  }
}
