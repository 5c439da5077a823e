import { findStatedDate, type StatedDate } from './dates';
import { applyDrops, applySubheads, type SourceOverride } from './overrides';
import { dropDanglingHeadings } from './rules/dangling-heading';
import { dropDisclaimers } from './rules/disclaimers';
import { dropFurniture } from './rules/furniture';
import { stripHashtags } from './rules/hashtags';
import { publisherLabel, readTextHeader, wireAgency } from './rules/header';
import { cutPageTail } from './rules/page-tail';
import { toBlocks } from './rules/paragraphs';
import { dropRepeats } from './rules/repeats';
import { splitStandfirst } from './rules/standfirst';
import { dropTeasers } from './rules/teasers';
import { findTitle, titleProblem } from './rules/title';
import type { Segment } from './split-articles';
import type { Block, Change, RuleResult } from './types';

/**
 * The cleaning pipeline for one article. The order matters and is fixed:
 *
 * 1. cut the page tail (related lists, comments, app promotions) so nothing below it is read;
 * 2. read the stated date, if the page prints one, before its line is dropped as furniture;
 * 3. take the headline (from the segment header, or the first line that is not furniture);
 * 4. read the page header (byline, outlet, kicker), drop furniture lines, then group lines into
 *    paragraphs and lists;
 * 5. block rules: repeats, teasers, disclaimers, hashtags;
 * 6. the reviewed overrides for this source (drop, subheads);
 * 7. layout rules that look at the result: standfirst, dangling headings.
 */

export interface CleanArticle {
  title: string;
  blocks: Block[];
  statedDate: StatedDate | null;
  /** The byline the page prints, if any. */
  byline: string | null;
  /** The outlet the page prints (a header label or a wire dateline's agency), if any. */
  publisher: string | null;
  changes: Change[];
}

export type CleanResult = { ok: true; article: CleanArticle } | { ok: false; problem: string; fix: string };

export function cleanSegment(segment: Segment, override: Pick<SourceOverride, 'title' | 'drop' | 'subheads'>): CleanResult {
  const changes: Change[] = [];
  const tail = cutPageTail(segment.lines);
  changes.push(...tail.changes);
  const lines = tail.lines;

  const stated = findStatedDate(lines);
  if (stated && 'conflict' in stated) {
    return {
      ok: false,
      problem: `the page states different dates: ${stated.conflict.map((q) => `"${q}"`).join(', ')}`,
      fix: 'work out which is the publication date and report it; ingest cannot choose',
    };
  }

  let title: string;
  let body: string[];
  let above: string[] = [];
  if (segment.title !== null) {
    title = segment.title;
    body = lines;
  } else if (override.title !== undefined) {
    const problem = titleProblem(override.title);
    if (problem)
      return { ok: false, problem: `the title in overrides.json is not a headline: ${problem}`, fix: 'shorten it to the headline' };
    title = override.title;
    body = lines;
  } else {
    const found = findTitle(lines);
    if (!found.ok) {
      return {
        ok: false,
        problem: `no recognisable title: ${found.problem}`,
        fix: 'check that this is a page scrape that starts with its headline; if the headline is missing, give it as "title" in overrides.json',
      };
    }
    title = found.title;
    body = lines.slice(found.index + 1);
    above = lines.slice(0, found.index);
  }

  const header = readTextHeader(body, publisherLabel(above));
  changes.push(...header.changes);
  const furniture = dropFurniture(header.lines);
  changes.push(...furniture.changes);
  const cleaned = cleanBlocks(toBlocks(furniture.lines), title, override);
  changes.push(...cleaned.changes);
  if (cleaned.errors.length) return { ok: false, problem: cleaned.errors.join('; '), fix: 'update or remove the entry in overrides.json' };
  const blocks = cleaned.blocks;

  if (blocks.length === 0) {
    return {
      ok: false,
      problem: 'no article text is left after cleaning',
      fix: 'check the raw file; if the rules removed real text, fix the rule',
    };
  }
  const publisher = header.publisher ?? wireAgency(blocks[0] ?? '');
  return { ok: true, article: { title, blocks, statedDate: stated, byline: header.byline, publisher, changes } };
}

/**
 * Steps 5 to 7 on blocks, shared by text scrapes and saved pages (`scrape` false): repeats,
 * teasers, disclaimers, hashtags, then the overrides, then standfirst and dangling headings.
 */
export function cleanBlocks(
  input: readonly Block[],
  title: string,
  override: Pick<SourceOverride, 'drop' | 'subheads'>,
  { scrape = true }: { scrape?: boolean } = {},
): { blocks: Block[]; changes: Change[]; errors: string[] } {
  let blocks = [...input];
  const changes: Change[] = [];
  const step = (result: RuleResult) => {
    blocks = result.blocks;
    changes.push(...result.changes);
  };
  step(dropRepeats(blocks, title, scrape));
  step(dropTeasers(blocks));
  step(dropDisclaimers(blocks));
  step(stripHashtags(blocks));

  const drops = applyDrops(blocks, override.drop);
  step(drops);
  const subheads = applySubheads(blocks, override.subheads);
  step(subheads);
  const errors = [...drops.errors, ...subheads.errors];
  if (errors.length) return { blocks, changes, errors };

  // A saved page knows its headings from the markup (html/extract.ts); only a scrape has to guess them.
  if (scrape) {
    step(splitStandfirst(blocks));
    step(dropDanglingHeadings(blocks));
  }
  return { blocks, changes, errors: [] };
}
