import { z } from 'astro/zod';
import { describeIssue, validate } from '../../src/provenance/error-map';
import { normaliseForMatch } from '../../src/provenance/quotes';
import { isoDateSchema, slugSchema, webUrlSchema } from '../../src/schemas/common';
import { knownIssueSchema } from '../../src/schemas/source';
import type { Change, RuleResult } from './types';

/**
 * content/sources/overrides.json: the reviewed, per-source part of ingest. Rules clean what they
 * can decide from the text alone; this file holds what a person decided:
 *
 * - metadata the page does not carry: publisher, author, URLs, language, known issues;
 * - the date and its reasoning when the page states none (`published` + `dateNote`);
 * - which article of a multi-article raw file becomes which source (`segment`), and why the
 *   others are skipped (`skipSegments`);
 * - the few cuts no rule can make (`drop`: a site's own advertising line) and subheads a scrape
 *   flattened into running text (`subheads`).
 *
 * Every `drop`, `subheads` and `skipSegments` entry must match exactly once, so an entry that no
 * longer applies (because a raw file or a rule changed) fails ingest instead of lingering.
 */

export const OVERRIDES_FILE = 'content/sources/overrides.json';

/** Raw files are text scrapes (`.txt`) or saved web pages (`.html`, `.htm`). */
export const RAW_FILE_NAME = /^[\w.-]+\.(?:txt|html?)$/;

const dropSchema = z.union([
  z.strictObject({
    /** Start of the paragraph to remove (at least a few words, so it cannot match by accident). */
    startsWith: z.string().min(20, 'give at least 20 characters of the paragraph, so it cannot match another one'),
    /** Why a rule cannot remove it. */
    why: z.string().min(10),
  }),
  z.strictObject({
    /** A whole line or paragraph to remove, however short ("Spencer Neale"), matched exactly. */
    line: z.string().min(1),
    why: z.string().min(10),
  }),
]);

const sourceOverrideSchema = z.strictObject({
  /** File name of the clean source without `.md`; other content cites it. */
  id: slugSchema,
  /** Headline of the article to take, when the raw file holds several; default: the first. */
  segment: z.string().optional(),
  /** Headline to use when the page's own cannot be found. */
  title: z.string().optional(),
  /** The outlet as the page gives it; may be left out when ingest reads it from the page (a saved page's metadata, a header label). */
  publisher: z.string().min(2).optional(),
  /** Only for a publisher the page does not name: how it was identified (makes it "inferred"). */
  publisherNote: z.string().min(10).optional(),
  /** The byline as the page prints it; default: the one ingest reads from the page, if any. */
  author: z.string().nullable().optional(),
  /** Only for an author the page does not name: how the article was attributed (makes it "inferred"). */
  authorNote: z.string().min(10).optional(),
  /** The article's address; default: the one a saved page declares, else null. */
  url: webUrlSchema.nullable().optional(),
  copyUrl: webUrlSchema.nullable().default(null),
  language: z.string().min(2).default('en'),
  /** Only for pages that state no date: the inferred date… */
  published: isoDateSchema.optional(),
  /** …and its reasoning. For a stated date, extra context appended to the generated note. */
  dateNote: z.string().min(10).optional(),
  drop: z.array(dropSchema).default([]),
  /** Subheads to lift out of running text into their own paragraphs, exactly as printed. */
  subheads: z.array(z.string().min(3)).default([]),
  knownIssues: z.array(knownIssueSchema).default([]),
});

const rawFileOverrideSchema = z.strictObject({
  sources: z.array(sourceOverrideSchema).min(1, 'list at least one source to make from this raw file'),
  /** Articles in the raw file that do not become sources, by headline, each with the reason. */
  skipSegments: z.array(z.strictObject({ title: z.string().min(3), why: z.string().min(5) })).default([]),
});

export type SourceOverride = z.output<typeof sourceOverrideSchema>;
export type RawFileOverride = z.output<typeof rawFileOverrideSchema>;

/** Parses overrides.json (already JSON-parsed); keys are raw file names, `$comment` is documentation. */
export function parseOverrides(data: unknown): { overrides: Map<string, RawFileOverride>; problems: { where: string; message: string }[] } {
  const overrides = new Map<string, RawFileOverride>();
  const problems: { where: string; message: string }[] = [];
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { overrides, problems: [{ where: 'top level', message: 'expected an object keyed by raw file name' }] };
  }
  for (const [key, value] of Object.entries(data)) {
    if (key === '$comment') continue;
    if (!RAW_FILE_NAME.test(key)) {
      problems.push({
        where: key,
        message: 'keys are raw file names in content/sources/raw/, e.g. "000_cb4b1e7328086c90.txt" or "semafor-tariffs.html"',
      });
      continue;
    }
    const parsed = validate(rawFileOverrideSchema, value);
    if (parsed.success) overrides.set(key, parsed.data);
    else for (const issue of parsed.error.issues) problems.push({ where: [key, ...issue.path].join('.'), message: describeIssue(issue) });
  }
  return { overrides, problems };
}

/** Outcome of applying overrides to a source's blocks: an error message names the entry that failed. */
export type OverrideResult = RuleResult & { errors: string[] };

/**
 * Removes the paragraphs named by `drop`. A `startsWith` entry must match exactly one paragraph; a
 * `line` entry removes every paragraph that is exactly that line (after quote and space
 * normalisation), and must match at least one.
 */
export function applyDrops(blocks: readonly string[], drops: SourceOverride['drop']): OverrideResult {
  let kept = [...blocks];
  const changes: Change[] = [];
  const errors: string[] = [];
  drops.forEach((drop, i) => {
    if ('line' in drop) {
      const key = normaliseForMatch(drop.line);
      const hits = kept.filter((block) => normaliseForMatch(block) === key);
      if (hits.length === 0) errors.push(`drop[${i}] ("${drop.line.slice(0, 50)}") matches no paragraph; it must match at least one`);
      kept = kept.filter((block) => normaliseForMatch(block) !== key);
      for (const hit of hits) changes.push({ rule: 'override:drop', action: 'removed', text: hit, why: drop.why });
      return;
    }
    const { startsWith } = drop;
    const prefix = normaliseForMatch(startsWith);
    const hits = kept.filter((block) => normaliseForMatch(block).startsWith(prefix));
    if (hits.length !== 1) {
      errors.push(`drop[${i}] ("${startsWith.slice(0, 50)}…") matches ${hits.length} paragraphs; it must match exactly one`);
      return;
    }
    kept = kept.filter((block) => block !== hits[0]);
    changes.push({ rule: 'override:drop', action: 'removed', text: hits[0] ?? '' });
  });
  return { blocks: kept, changes, errors };
}

/**
 * Lifts each subhead out of the paragraph it was flattened into: "…its economy. How the
 * Reciprocal Tariffs Impact South Korea In the April 2 executive order…" becomes three blocks.
 * The subhead must occur exactly once, followed by the capitalised start of the next sentence.
 */
export function applySubheads(blocks: readonly string[], subheads: readonly string[]): OverrideResult {
  let current = [...blocks];
  const changes: Change[] = [];
  const errors: string[] = [];
  subheads.forEach((subhead, i) => {
    if (current.includes(subhead)) return; // already its own paragraph
    const pattern = new RegExp(`(^|\\s)${escapeRegExp(subhead)}(?=\\s+[\\p{Lu}"'“‘]|$)`, 'gu');
    const hits = current.flatMap((block, b) => [...block.matchAll(pattern)].map((m) => ({ b, at: m.index + (m[1] ?? '').length })));
    const hit = hits[0];
    if (hits.length !== 1 || hit === undefined) {
      errors.push(`subheads[${i}] ("${subhead}") occurs ${hits.length} times as a run-in subhead; it must occur exactly once`);
      return;
    }
    const block = current[hit.b] ?? '';
    const pieces = [block.slice(0, hit.at).trim(), subhead, block.slice(hit.at + subhead.length).trim()].filter((p) => p !== '');
    current = [...current.slice(0, hit.b), ...pieces, ...current.slice(hit.b + 1)];
    changes.push({ rule: 'override:subhead', action: 'split', text: subhead });
  });
  return { blocks: current, changes, errors };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
