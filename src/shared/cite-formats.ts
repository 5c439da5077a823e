import { monthName } from './format';
/**
 * Citations for a chart in the four styles teachers ask for. Pure functions: the page renders
 * them without an access date (build time has no "today"), and the browser fills the reader's
 * date in when it can.
 */
export interface CitableChart {
  title: string;
  /** Site name, the publisher and container. */
  site: string;
  /** Permalink of the chart page. */
  url: string;
  /** Date the chart's data is current to (ISO). */
  asOf: string;
  /** Chart id, for the BibTeX key. */
  id: string;
}

const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function parts(iso: string) {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

/** APA 7: Author. (Year, Month Day). Title [Chart]. Site. Retrieved Month Day, Year, from URL */
export function apa(c: CitableChart, accessed?: string): string {
  const { y, m, d } = parts(c.asOf);
  const retrieved = accessed
    ? (() => {
        const a = parts(accessed);
        return `Retrieved ${monthName(a.m - 1)} ${a.d}, ${a.y}, from ${c.url}`;
      })()
    : c.url;
  return `${c.site}. (${y}, ${monthName(m - 1)} ${d}). ${c.title} [Chart]. ${c.site}. ${retrieved}`;
}

/** MLA 9: "Title." Site, Day Mon. Year, URL. Accessed Day Mon. Year. */
export function mla(c: CitableChart, accessed?: string): string {
  const { y, m, d } = parts(c.asOf);
  const base = `“${c.title}.” ${c.site}, ${d} ${MLA_MONTHS[m - 1]} ${y}, ${c.url.replace(/^https?:\/\//, '')}.`;
  if (!accessed) return base;
  const a = parts(accessed);
  return `${base} Accessed ${a.d} ${MLA_MONTHS[a.m - 1]} ${a.y}.`;
}

/** Chicago (notes-bibliography, web page): Site. "Title." Month Day, Year. Accessed Month Day, Year. URL. */
export function chicago(c: CitableChart, accessed?: string): string {
  const { y, m, d } = parts(c.asOf);
  const acc = accessed
    ? (() => {
        const a = parts(accessed);
        return ` Accessed ${monthName(a.m - 1)} ${a.d}, ${a.y}.`;
      })()
    : '';
  return `${c.site}. “${c.title}.” ${monthName(m - 1)} ${d}, ${y}.${acc} ${c.url}.`;
}

/** Escapes the characters BibTeX treats specially. */
function bibEscape(text: string): string {
  return text
    .replace(/([{}&%$#_])/g, '\\$1')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[–—]/g, '--');
}

/** BibTeX @misc entry with howpublished URL and an access note. */
export function bibtex(c: CitableChart, accessed?: string): string {
  const { y, m } = parts(c.asOf);
  const key = `tariffledger_${c.id.replace(/-/g, '_')}_${y}`;
  const lines = [
    `@misc{${key},`,
    `  author = {{${bibEscape(c.site)}}},`,
    `  title = {${bibEscape(c.title)}},`,
    `  year = {${y}},`,
    `  month = {${monthName(m - 1)
      ?.slice(0, 3)
      .toLowerCase()}},`,
    `  howpublished = {\\url{${c.url}}},`,
    ...(accessed ? [`  note = {Accessed ${accessed}}`] : [`  note = {Chart}`]),
    '}',
  ];
  return lines.join('\n');
}

export const citationStyles = { APA: apa, MLA: mla, Chicago: chicago, BibTeX: bibtex } as const;
