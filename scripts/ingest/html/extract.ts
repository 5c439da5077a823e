import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { normaliseForMatch } from '../../../src/provenance/quotes';
import { readDateLine, type StatedDate } from '../dates';
import { furnitureReason, furnitureRule } from '../rules/furniture';
import { bylineName, wireAgency } from '../rules/header';
import { isTailHeading } from '../rules/page-tail';
import type { Block, Change } from '../types';
import { isListBlock } from '../types';
import { domToBlocks } from './blocks';
import { type Declared, readMetadata } from './metadata';

/**
 * A saved web page → the article's blocks and what the page declares about it.
 *
 * The article is found by Mozilla's Readability (the library behind Firefox's Reader View: kept up
 * by Mozilla, tested against hundreds of real pages, and the reference other extractors are scored
 * against), run on linkedom's DOM, which the build already uses and which runs on Node 24 without
 * jsdom's weight. Readability decides which part of the page is the article; what it keeps is
 * then turned into blocks (blocks.ts) and cleaned of the furniture it lets through (captions,
 * bylines, date lines, share and newsletter prompts) by the same rules as text scrapes.
 *
 * When Readability finds no article (a very short page), the page's body is used, cleaned the same way.
 */

export interface HtmlArticle {
  title: string | null;
  titleFrom: string | null;
  blocks: Block[];
  /** Publication date the page declares or prints. */
  published: StatedDate | null;
  /** A date the page gives only as "Updated …": reported, never used as the publication date. */
  updated: string | null;
  publisher: Declared | null;
  byline: Declared | null;
  url: Declared | null;
  changes: Change[];
}

/** " | Site", " - Site", " — Site" at the end of a title that names the site. */
function stripSiteSuffix(title: string, site: string | null): string {
  const parts = title.split(/\s+[|–—·•:-]\s+/);
  if (parts.length < 2) return title.trim();
  const last = parts.at(-1)?.trim().toLowerCase() ?? '';
  if (site && (last === site.toLowerCase() || site.toLowerCase().includes(last) || last.includes(site.toLowerCase()))) {
    return title
      .slice(0, title.lastIndexOf(parts.at(-1) ?? ''))
      .replace(/\s+[|–—·•:-]\s*$/, '')
      .trim();
  }
  return title.trim();
}

export function extractHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const meta = readMetadata(document as never, html);
  const changes: Change[] = [];

  // Readability changes the document it reads, so it gets its own copy.
  const { document: copy } = parseHTML(html);
  let parsed: ReturnType<Readability<unknown>['parse']> | null = null;
  try {
    parsed = new Readability(copy as never, { serializer: (el) => el }).parse();
  } catch {
    parsed = null;
  }
  const root = (parsed?.content as never) ?? (document as unknown as { body: never }).body;
  const dom = domToBlocks(root);
  changes.push(...dom.changes);

  if (meta.siteName) meta.siteName.value = siteNameOnly(meta.siteName.value);
  const site = meta.siteName?.value ?? parsed?.siteName ?? null;
  const rawTitle = meta.title?.value ?? parsed?.title ?? null;
  let title = rawTitle ? stripSiteSuffix(rawTitle, site) : null;
  const titleFrom = meta.title?.from ?? (parsed?.title ? 'the page title' : null);
  // "Headline – Site Name" with no declared site: the page's own <h1> tells where the headline ends,
  // and the rest of the title names the site.
  let titleSite: string | null = null;
  if (title && !site) {
    const h1 = Array.from(
      (document as unknown as { querySelectorAll: (s: string) => ArrayLike<{ textContent: string | null }> }).querySelectorAll('h1'),
    )
      .map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim())
      .find((h) => h.length > 3 && title?.startsWith(h) && /^\s+[|–—·•:-]\s+\S/.test(title.slice(h.length)));
    if (h1) {
      titleSite =
        title
          .slice(h1.length)
          .replace(/^\s+[|–—·•:-]\s+/, '')
          .trim() || null;
      title = h1;
    }
  }

  // Furniture Readability let through, block by block; a "Related" heading takes its list with it.
  const blocks: Block[] = [];
  const headingAt: boolean[] = [];
  let printedDate: StatedDate | null = null;
  let updated: string | null = null;
  let printedByline: string | null = null;
  for (let i = 0; i < dom.blocks.length; i++) {
    const block = dom.blocks[i] ?? '';
    if (!isListBlock(block) && !dom.rows.has(i)) {
      const dated = readDateLine(block);
      if (dated?.label === 'updated') updated ??= dated.quote;
      else if (dated) printedDate ??= { iso: dated.iso, quote: dated.quote };
      const why = furnitureReason(block);
      if (why) {
        if (/^by\s/i.test(block)) printedByline ??= bylineName(block);
        changes.push({ rule: furnitureRule(block), action: 'removed', text: block, why });
        const next = dom.blocks[i + 1];
        if (next !== undefined && isListBlock(next) && (isTailHeading(block) || furnitureRule(block) === 'furniture:related')) {
          changes.push({ rule: 'furniture:related', action: 'removed', text: next, why: 'the list under a "Related" heading' });
          i++;
        }
        continue;
      }
      if (isTailHeading(block)) {
        changes.push({ rule: 'page-tail', action: 'removed', text: block, why: 'a heading over other articles or comments' });
        if (dom.blocks[i + 1] !== undefined && isListBlock(dom.blocks[i + 1] ?? '')) i++;
        continue;
      }
    }
    blocks.push(block);
    headingAt.push(dom.headings.has(i));
  }
  // A heading left last has nothing under it ("Share this", "Related" above what was removed).
  while (blocks.length && headingAt.at(-1) && !headingAt.every(Boolean)) {
    headingAt.pop();
    changes.push({ rule: 'dangling-heading', action: 'removed', text: blocks.pop() ?? '', why: 'a heading with nothing under it' });
  }

  const agency = wireAgency(blocks[0] ?? '');
  const publisher: Declared | null =
    meta.siteName ??
    (parsed?.siteName ? { value: parsed.siteName, from: 'the site name' } : null) ??
    (agency ? { value: agency, from: 'the wire dateline' } : null) ??
    (titleSite ? { value: titleSite, from: 'the page title' } : null);

  let byline = bylineOf(meta.author, printedByline, parsed?.byline ?? null);

  // Everything on the page outside the article, for the record of what was dropped, and the
  // date line a page may print above the article, outside what Readability keeps ("AP · Jul 23, 2025, 6:36am EDT").
  const page = domToBlocks((document as unknown as { body: never }).body);
  const kept = new Set(blocks.map(normaliseForMatch));
  const accounted = new Set(changes.map((c) => normaliseForMatch(c.text)));
  const firstKept = page.blocks.findIndex((b) => kept.has(normaliseForMatch(b)));
  for (const [i, block] of page.blocks.entries()) {
    const key = normaliseForMatch(block);
    if (kept.has(key) || accounted.has(key)) continue;
    if (firstKept < 0 || i < firstKept) {
      const dated = readDateLine(block);
      if (!meta.published && !printedDate && dated && dated.label !== 'updated') printedDate = { iso: dated.iso, quote: dated.quote };
      if (!byline && block.length < 140) {
        const name = bylineName(block) ?? (dated || /^posted\b/i.test(block) ? (BY_NAME.exec(block)?.[1] ?? null) : null);
        if (name) byline = { value: tidyName(name), from: 'the byline printed on the page' };
      }
    }
    accounted.add(key);
    const why = furnitureReason(block);
    changes.push(
      why
        ? { rule: furnitureRule(block), action: 'removed', text: block, why: `${why}, outside the article` }
        : {
            rule: 'outside-article',
            action: 'removed',
            text: block,
            why: 'not in the article Readability found (menus, sidebars, footers)',
          },
    );
  }
  for (const change of page.changes) if (!accounted.has(normaliseForMatch(change.text))) changes.push(change);

  const published = meta.published ?? printedDate;
  return { title, titleFrom, blocks, published, updated, publisher, byline, url: meta.url, changes };
}

/** "by Helen Marsh" at the end of a date line ("Posted on 22 August 2025 by Helen Marsh"). */
const BY_NAME = /(?:^|\s)by\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|&))*)\s*$/u;

/** A name printed in capitals ("JOSH BOAK and MARI YAMAGUCHI") in ordinary case. */
function tidyName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase())
    .replace(/\bAnd\b/g, 'and');
}

/** The byline: declared in metadata, else printed in the article, else the one Readability found. */
function bylineOf(declared: Declared | null, printed: string | null, readability: string | null): Declared | null {
  if (declared) return { ...declared, value: declared.value.replace(/\s+/g, ' ').trim() };
  if (printed) return { value: tidyName(printed), from: 'the byline printed on the page' };
  // Readability's byline is the element's text: keep its first line ("By Jane Doe\n  WebMD Health News").
  const line =
    readability
      ?.trim()
      .split(/\s*\n\s*/)[0]
      ?.replace(/^by\s*$/i, '') ?? '';
  const first = line || (readability?.trim().split(/\s*\n\s*/)[1] ?? '');
  const found = first ? (bylineName(first) ?? first.replace(/^by\s+/i, '').trim()) : null;
  if (found && found.length <= 100 && !readDateLine(found)) return { value: tidyName(found), from: 'the byline printed on the page' };
  return null;
}

/** "Autoracing | F1 | Indy | MotoGP" → "Autoracing": a site name some sites follow with their sections. */
function siteNameOnly(name: string): string {
  return name.split(/\s+[|–—·•]\s+/)[0]?.trim() || name;
}
