import { monthName } from './format';

/**
 * Citations of one chart view in the styles teachers ask for, plus the files reference managers
 * import (BibTeX, RIS, CSL-JSON). Pure functions, run at build time and in the browser: the page
 * is rendered without an access date (build time has no "today") and the browser adds the
 * reader's date.
 *
 * Dates: `published` is when this version of the chart was published (its version date), the
 * date a citation gives; `asOf` is the date the data are current to, which is part of what the
 * chart says, so it goes in a note, not in the date slot.
 */
export interface CitableChart {
  title: string;
  /** Site name: the author (an organisation) and the publisher, which the styles then name once. */
  site: string;
  /** Address of the chart page (or its archived version). */
  url: string;
  /** Date this version of the chart was published (ISO). */
  published: string;
  /** Date the chart's data is current to (ISO). */
  asOf: string;
  /** Chart id and view, for the citation key. */
  id: string;
  view: string;
}

const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function parts(iso: string) {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}
const long = (iso: string) => {
  const { y, m, d } = parts(iso);
  return `${monthName(m - 1)} ${d}, ${y}`;
};
const dayFirst = (iso: string) => {
  const { y, m, d } = parts(iso);
  return `${d} ${monthName(m - 1)} ${y}`;
};

/** APA 7, a page with an organisation as author: the site is not repeated as publisher (7th ed., 9.24). */
export function apa(c: CitableChart, accessed?: string): string {
  const { y, m, d } = parts(c.published);
  // A chart that is revised is content "designed to change": APA asks for the retrieval date.
  const where = accessed ? `Retrieved ${long(accessed)}, from ${c.url}` : c.url;
  return `${c.site}. (${y}, ${monthName(m - 1)} ${d}). ${c.title} [Chart]. ${where}`;
}

/** MLA 9: no author when the organisation is also the publisher; the site as container. */
export function mla(c: CitableChart, accessed?: string): string {
  const { y, m, d } = parts(c.published);
  const base = `“${c.title}.” ${c.site}, ${d} ${MLA_MONTHS[m - 1]} ${y}, ${c.url.replace(/^https?:\/\//, '')}.`;
  if (!accessed) return base;
  const a = parts(accessed);
  return `${base} Accessed ${a.d} ${MLA_MONTHS[a.m - 1]} ${a.y}.`;
}

/**
 * Chicago 17, author-date reference list entry. The access date is given only when the page
 * has no date of its own (14.233), which ours always has.
 */
export function chicagoAuthorDate(c: CitableChart): string {
  const { y } = parts(c.published);
  return `${c.site}. ${y}. “${c.title}.” Chart. ${long(c.published)}. ${c.url}.`;
}

/** Chicago 17, notes and bibliography: the bibliography entry. */
export function chicagoNotes(c: CitableChart): string {
  return `${c.site}. “${c.title}.” Chart. ${long(c.published)}. ${c.url}.`;
}

/** One key per chart, view and version: two settings or versions never collide in a .bib file. */
export function citationKey(c: Pick<CitableChart, 'id' | 'view' | 'published'>): string {
  return `tariffledger-${c.id}-${c.view}-${c.published}`;
}

/** Escapes the characters BibTeX treats specially. */
function bibEscape(text: string): string {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}&%$#_])/g, '\\$1')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[–—]/g, '--');
}

/**
 * BibTeX @misc entry. The title is double-braced so styles keep its capitals ("US", "China");
 * `month` is the bare macro (`nov`), which styles print in their own language.
 */
export function bibtex(c: CitableChart, accessed?: string): string {
  const { y, m } = parts(c.published);
  const lines = [
    `@misc{${citationKey(c)},`,
    `  author = {{${bibEscape(c.site)}}},`,
    `  title = {{${bibEscape(c.title)}}},`,
    `  type = {Chart},`,
    // BibTeX reads year and month; biblatex prefers the full date.
    `  year = {${y}},`,
    `  month = ${BIB_MONTHS[m - 1]},`,
    `  date = {${c.published}},`,
    `  url = {${c.url}},`,
    ...(accessed ? [`  urldate = {${accessed}},`] : []),
    `  note = {Data as of ${dayFirst(c.asOf)}${accessed ? `. Accessed ${accessed}` : ''}}`,
    '}',
  ];
  return lines.join('\n');
}

/** RIS (Zotero, EndNote, Mendeley): an electronic source by an organisation. */
export function ris(c: CitableChart, accessed?: string): string {
  const slash = (iso: string) => iso.replace(/-/g, '/');
  const lines = [
    'TY  - ELEC',
    `AU  - ${c.site}`,
    `TI  - ${c.title}`,
    `PY  - ${parts(c.published).y}`,
    `DA  - ${slash(c.published)}`,
    `PB  - ${c.site}`,
    `UR  - ${c.url}`,
    'M3  - Chart',
    ...(accessed ? [`Y2  - ${slash(accessed)}`] : []),
    `N1  - Data as of ${dayFirst(c.asOf)}.`,
    `ID  - ${citationKey(c)}`,
    'ER  - ',
  ];
  // RIS wants CRLF line ends and a blank line after the record.
  return `${lines.join('\r\n')}\r\n`;
}

const dateParts = (iso: string) => {
  const { y, m, d } = parts(iso);
  return { 'date-parts': [[y, m, d]] };
};

/** CSL-JSON, the citation format of Zotero and Pandoc: a list with one item. */
export function cslJson(c: CitableChart, accessed?: string) {
  return [
    {
      id: citationKey(c),
      type: 'webpage',
      genre: 'Chart',
      title: c.title,
      author: [{ literal: c.site }],
      'container-title': c.site,
      publisher: c.site,
      issued: dateParts(c.published),
      ...(accessed ? { accessed: dateParts(accessed) } : {}),
      URL: c.url,
      note: `Data as of ${dayFirst(c.asOf)}.`,
    },
  ];
}

/** The styles shown on a chart page, each with its label. */
export const citationStyles = {
  'APA 7': apa,
  'MLA 9': mla,
  'Chicago (author-date)': chicagoAuthorDate,
  'Chicago (notes-bibliography)': chicagoNotes,
  BibTeX: bibtex,
} as const satisfies Record<string, (c: CitableChart, accessed?: string) => string>;

export type CitationStyle = keyof typeof citationStyles;
