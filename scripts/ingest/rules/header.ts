import type { Change } from '../types';
import { furnitureKind } from './furniture-kinds';
import { isMenuLine, isSectionWord } from './menu';

/**
 * Rule: the page header of a text scrape, between the headline and the first paragraph. News
 * pages print there, each on its own line, the byline ("By Jane Doe", or just "Spencer Neale"),
 * the outlet ("Semafor", "The American Conservative"), a section kicker, the date and reading
 * time. Short lines there that are names or section words are furniture; the byline and the
 * outlet are read before they go, as what the page states. A line with lower-case words (a
 * standfirst) is the publisher's text and stays.
 *
 * The header ends at the first line that reads as a paragraph (twenty words or more; a standfirst is shorter).
 */

/** Words that make a name an organisation's rather than a person's. */
const ORG_WORDS =
  /\b(?:news|times|post|press|journal|daily|weekly|media|agency|magazine|review|herald|tribune|wire|network|radio|tv|broadcasting|insider|observer|report|reports|gazette|chronicle|conservative|diplomat|economist|guardian|telegraph|monitor|institute|foundation|group|inc|ltd|corp|online|today|world|global|affairs|policy|times|star|sun|mail|express|bulletin|digest|dispatch|courier|standard|independent|nation|national|asia|europe|america|american|international|public|center|centre|council|ministry|department|office|bureau|university)\b|\.(?:com|org|net|co|io|news|ai|cn|jp|uk|kr|tw)\b/i;

/** Capitalised words only (with the particles of names), no digits or sentence punctuation. */
const NAME = /^(?:\p{Lu}[\p{L}'’.&-]*)(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|de|del|van|von|der|da|al|bin|la|le|of|the|and|&)){0,5}$/u;

/** A site name written as its address: "semafor.com". */
const DOMAIN = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

export interface HeaderReading {
  /** Lines to keep (the header's furniture removed). */
  lines: string[];
  /** The byline the header prints, without "By". */
  byline: string | null;
  /** The outlet the header prints. */
  publisher: string | null;
  changes: Change[];
}

/** "By Jane Doe and John Roe | Aug 6, 2025" → "Jane Doe and John Roe". */
export function bylineName(line: string): string | null {
  const match = /^(?:by|written by|words by|story by|posted by|authors?:?)\s+(.+)$/i.exec(line.trim());
  if (!match?.[1]) return null;
  const name = match[1]
    .split(/\s+[|•·—–-]\s+|\s*[|•·]\s*/)[0]
    ?.replace(/,?\s*(?:updated|published|posted)\b.*$/i, '')
    .replace(/[.,;:]+$/, '')
    .trim();
  return name && /\p{Lu}/u.test(name) && name.split(/\s+/).length <= 12 ? name : null;
}

export function readTextHeader(lines: readonly string[], labelAbove: string | null = null): HeaderReading {
  const kept: string[] = [];
  const changes: Change[] = [];
  let byline: string | null = null;
  let publisher: string | null = labelAbove;
  let inHeader = true;
  let sawDate = false;
  for (const raw of lines) {
    const text = raw.trim();
    if (inHeader && text.split(/\s+/).length >= 20) inHeader = false;
    // A blank line after the date line closes the header: the article's own subheads follow.
    if (inHeader && text === '' && sawDate) inHeader = false;
    if (!inHeader || text === '') {
      kept.push(raw);
      continue;
    }
    const kind = furnitureKind(text);
    if (kind?.kind === 'date-line') sawDate = true;
    if (kind?.kind === 'byline' || (kind?.kind === 'date-line' && /^by\s/i.test(text))) {
      byline ??= bylineName(text);
      kept.push(raw); // the furniture rule removes it, with its reason
      continue;
    }
    if (kind) {
      kept.push(raw);
      continue;
    }
    if (isSectionWord(text) || isMenuLine(text)) {
      changes.push({ rule: 'furniture:menu', action: 'removed', text, why: 'a section kicker above the article' });
      continue;
    }
    const cityDateline = /^[\p{Lu}\s.'-]{5,}$/u.test(text); // "WASHINGTON" on its own line starts the text
    if (DOMAIN.test(text) || (NAME.test(text) && !cityDateline && !/[.!?]$/.test(text) && text.split(/\s+/).length <= 6)) {
      const isOrg = DOMAIN.test(text) || ORG_WORDS.test(text) || text.split(/\s+/).length === 1;
      if (isOrg) {
        publisher ??= text;
        changes.push({
          rule: 'furniture:publisher-label',
          action: 'removed',
          text,
          why: "the outlet's name in the page header (read as the publisher)",
        });
      } else {
        byline ??= text;
        changes.push({ rule: 'furniture:byline', action: 'removed', text, why: 'a name in the page header (read as the byline)' });
      }
      continue;
    }
    kept.push(raw);
  }
  return { lines: dropPublisherLabels(kept, publisher, changes), byline, publisher, changes };
}

/** Lines that are the outlet's name, alone or with a section ("Semafor Business"), anywhere in the text. */
function dropPublisherLabels(lines: string[], publisher: string | null, changes: Change[]): string[] {
  if (!publisher) return lines;
  return lines.filter((line) => {
    const text = line.trim();
    const rest = text.startsWith(publisher) ? text.slice(publisher.length).trim() : null;
    const isLabel = rest !== null && (rest === '' || isSectionWord(rest) || isMenuLine(rest));
    if (isLabel) changes.push({ rule: 'furniture:publisher-label', action: 'removed', text, why: "the outlet's name as a label" });
    return !isLabel;
  });
}

/** The outlet named by a label line above the headline ("Semafor"), if any. */
export function publisherLabel(lines: readonly string[]): string | null {
  for (const line of lines) {
    const text = line.trim();
    if (text === '' || furnitureKind(text) || isSectionWord(text) || isMenuLine(text)) continue;
    const words = text.split(/\s+/).length;
    if (DOMAIN.test(text) || (NAME.test(text) && words <= 4 && (words === 1 || ORG_WORDS.test(text)))) return text;
  }
  return null;
}

/** The agency a wire dateline names: "TOKYO (AP) — …", "WASHINGTON, Aug 6 (Reuters) - …". */
export function wireAgency(paragraph: string): string | null {
  const match = /^[\p{Lu}][\p{Lu}\s.,'’-]{1,40}(?:,\s*[\p{L}.]+\s+\d{1,2})?\s*\(([\p{L}][\p{L}\s.&-]{0,30})\)\s*[-—–]/u.exec(
    paragraph.trim(),
  );
  return match?.[1]?.trim() ?? null;
}
