import type { NumFormat } from '../shared/num-format';
import { normaliseForMatch } from './quotes';

/**
 * Where a number typed into a story could come from: dataset fields that hold it (for a `<Num>`)
 * and source passages that print it (for a `<Cite>`). The linter offers these as the fix for an
 * uncited number, so the author does not have to search the data by hand.
 */

export interface NumberLead {
  /** Ready-to-paste MDX. */
  mdx: string;
}

/** "145%" → 145 percent; "$295.4 billion" → 295.4 billions (US$ millions in the data); "1,200" → a plain number. */
export function readNumber(text: string): { value: number; format: NumFormat; decimals: number } | undefined {
  const match = /^[-−]?[$€£]?([\d,]*\.?\d+)\s?(%|percent|per cent|billion|bn|million|trillion)?$/.exec(text.trim());
  if (!match) return undefined;
  const digits = (match[1] ?? '').replace(/,/g, '');
  const value = Number(digits);
  if (!Number.isFinite(value)) return undefined;
  const decimals = digits.includes('.') ? (digits.split('.')[1] ?? '').length : 0;
  const unit = match[2];
  if (unit === '%' || unit === 'percent' || unit === 'per cent') return { value, format: 'percent', decimals };
  if (unit === 'billion' || unit === 'bn') return { value, format: 'billions', decimals };
  if (unit === 'million') return { value, format: 'millions', decimals };
  if (unit === 'trillion') return undefined;
  return { value, format: 'number', decimals };
}

/** Numeric leaves of a record, with their dotted paths; citations are provenance, not data. */
function* numericFields(value: unknown, path: string[] = []): Generator<[string, number]> {
  if (typeof value === 'number') yield [path.join('.'), value];
  else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) if (key !== 'citations') yield* numericFields(child, [...path, key]);
  }
}

/** Does a stored value print as the typed one? Money is stored in US$ millions, shown rounded. */
function matches(stored: number, typed: { value: number; format: NumFormat; decimals: number }): boolean {
  const half = 0.5 * 10 ** -typed.decimals;
  const shown = typed.format === 'billions' ? Math.abs(stored) / 1000 : typed.format === 'millions' ? Math.abs(stored) : stored;
  return Math.abs(shown - typed.value) < half + 1e-9;
}

/**
 * `<Num>`s that would print `text`. The claims dataset is left out: its official values repeat the
 * datasets of record, which are what an essay should cite.
 */
export function numLeads(
  text: string,
  datasets: ReadonlyMap<string, { data: { records: unknown[] } }>,
  limit = 2,
): { leads: NumberLead[]; more: number } {
  const typed = readNumber(text);
  if (!typed) return { leads: [], more: 0 };
  const found: NumberLead[] = [];
  for (const id of [...datasets.keys()].filter((d) => d !== 'claims')) {
    for (const record of datasets.get(id)?.data.records ?? []) {
      const recordId = (record as { id?: unknown }).id;
      if (typeof recordId !== 'string') continue;
      for (const [field, stored] of numericFields(record)) {
        if (field !== 'id' && matches(stored, typed)) {
          found.push({ mdx: `<Num dataset="${id}" record="${recordId}" field="${field}" format="${typed.format}" />` });
        }
      }
    }
  }
  return { leads: found.slice(0, limit), more: Math.max(0, found.length - limit) };
}

/** A `<Cite>` of the first source passage that prints `text`, with a few words before it for context. */
export function citeLead(text: string, sources: ReadonlyMap<string, { body: string }>): NumberLead | undefined {
  const needle = normaliseForMatch(text);
  for (const [id, { body }] of sources) {
    const haystack = normaliseForMatch(body);
    const at = haystack.search(new RegExp(`(?<![\\w.,])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`));
    if (at < 0) continue;
    // A few words before the number, but not across a double quote mark (it would end the prop).
    const before = haystack.slice(0, at).split(' ').slice(-4).join(' ').replace(/^.*"/, '').trimStart();
    const quote = `${before}${needle}`.replace(/^[^\w$]+/, '');
    if (quote.includes('"')) continue;
    return { mdx: `<Cite source="${id}" quote="${quote}" />` };
  }
  return undefined;
}
