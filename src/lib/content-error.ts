/**
 * An author-facing error: names the file, the place in it (line, record or field), what was
 * expected and how to fix it. The build prints `message` as is, so it must stand alone.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly where: string | undefined;

  constructor(file: string, where: string | undefined, problem: string, fix?: string) {
    const location = where ? `${file} (${where})` : file;
    super(`${location}: ${problem}${fix ? `\n  → ${fix}` : ''}`);
    this.name = 'ContentError';
    this.file = file;
    this.where = where;
  }
}

/** Several content errors reported at once, so an author fixes them in one pass. */
export class ContentErrors extends Error {
  readonly errors: ContentError[];

  constructor(errors: ContentError[]) {
    super(
      `${errors.length} problem${errors.length === 1 ? '' : 's'} in content:\n\n${errors.map((e) => e.message).join('\n\n')}`,
    );
    this.name = 'ContentErrors';
    this.errors = errors;
  }
}
