import { findCalendarDate, isIsoDate, type StatedDate } from '../dates';

/**
 * What a saved page declares about itself, read before the article is extracted:
 *
 * - JSON-LD (`<script type="application/ld+json">`, including `@graph` lists): the first
 *   `NewsArticle`/`Article`/`BlogPosting`/… object's headline, datePublished, author, publisher, url;
 * - Open Graph and `article:*` meta (og:title, og:site_name, og:url, article:published_time,
 *   article:author) and the common name= metas (author, date, pubdate, parsely-pub-date,
 *   sailthru.date, dc.date, citation_publication_date);
 * - `itemprop="datePublished"` and `<time datetime>`, preferring one marked as the publication;
 * - the canonical link, and the address a browser records when saving ("saved from url").
 *
 * Each value carries where it came from, which the date note and the preview quote: a value the
 * page declares is stated; nothing here is guessed.
 */

export interface Declared {
  value: string;
  from: string;
}

export interface PageMetadata {
  title: Declared | null;
  siteName: Declared | null;
  author: Declared | null;
  published: StatedDate | null;
  url: Declared | null;
}

type Doc = { querySelectorAll: (selector: string) => ArrayLike<El>; documentElement: { innerHTML?: string } | null };
type El = {
  getAttribute: (name: string) => string | null;
  textContent: string | null;
  closest?: (s: string) => El | null;
  tagName: string;
};

const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|LiveBlogPosting|WebPage|Blog)$/;

function typesOf(item: Record<string, unknown>): string[] {
  const type = item['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** Every object in the page's JSON-LD, flattened out of arrays and `@graph`. */
function jsonLdObjects(doc: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      out.push(value as Record<string, unknown>);
      const graph = (value as Record<string, unknown>)['@graph'];
      if (graph) visit(graph);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = (script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '').trim();
    try {
      visit(JSON.parse(text));
    } catch {
      // A page's broken JSON-LD is its problem; the other metadata still counts.
    }
  }
  return out;
}

/** The article object: an *Article type first, a WebPage only when there is nothing better. */
function articleObject(objects: Record<string, unknown>[]): Record<string, unknown> | null {
  const ranked = objects.map((o) => ({ o, types: typesOf(o) })).filter(({ types }) => types.some((t) => ARTICLE_TYPES.test(t)));
  return (ranked.find(({ types }) => types.some((t) => /Article|Posting/.test(t))) ?? ranked[0])?.o ?? null;
}

/** A name from JSON-LD: a string, `{ name }`, or a list of either (joined with "and"). */
function names(value: unknown): string | null {
  const list = (Array.isArray(value) ? value : [value])
    .map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? (v as Record<string, unknown>).name : null))
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '' && !/^https?:/.test(v))
    .map((v) => v.trim());
  const unique = [...new Set(list)];
  if (unique.length === 0) return null;
  return unique.length <= 2 ? unique.join(' and ') : `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`;
}

function stringOf(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (Array.isArray(value)) return stringOf(value[0]);
  if (value && typeof value === 'object')
    return stringOf((value as Record<string, unknown>)['@id'] ?? (value as Record<string, unknown>).url);
  return null;
}

/** `YYYY-MM-DD` of a declared timestamp: the calendar date as written ("2025-08-06T16:04:00-04:00" is 6 August). */
export function isoOfDeclared(value: string): string | null {
  const direct = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim())?.[1];
  if (direct) return isIsoDate(direct) ? direct : null;
  if (/^\d{8}$/.test(value.trim())) {
    const v = value.trim();
    const iso = `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`;
    return isIsoDate(iso) ? iso : null;
  }
  return findCalendarDate(value)?.iso ?? null;
}

function meta(doc: Doc, keys: readonly string[]): Declared | null {
  const wanted = new Map(keys.map((k, i) => [k.toLowerCase(), i]));
  let best: { value: string; from: string; rank: number } | null = null;
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      const rank = key === undefined ? undefined : wanted.get(key);
      if (rank !== undefined && (best === null || rank < best.rank)) best = { value: content, from: `meta ${key}`, rank };
    }
  }
  return best && { value: best.value, from: best.from };
}

const DATE_METAS = [
  'article:published_time',
  'datepublished',
  'og:published_time',
  'published_time',
  'parsely-pub-date',
  'sailthru.date',
  'publish-date',
  'publish_date',
  'publishdate',
  'pubdate',
  'date',
  'dc.date.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'citation_publication_date',
  'citation_date',
  'article.published',
  'og:article:published_time',
] as const;

function declaredDate(value: string | null, from: string): StatedDate | null {
  if (!value) return null;
  const iso = isoOfDeclared(value);
  return iso ? { iso, quote: value.trim(), from } : null;
}

/** The `<time>` the page marks as its publication, else the first one outside menus and lists of other articles. */
function timeElement(doc: Doc): StatedDate | null {
  const times = Array.from(doc.querySelectorAll('time[datetime], [itemprop="datePublished"]'));
  const marked = times.find(
    (t) =>
      t.getAttribute('itemprop') === 'datePublished' ||
      t.getAttribute('pubdate') !== null ||
      /publish|posted|dateline|byline|meta/i.test(`${t.getAttribute('class') ?? ''} ${t.getAttribute('id') ?? ''}`),
  );
  const first = times.find(
    (t) =>
      !t.closest?.('nav, aside, footer, [class*="related"], [class*="recommend"], [class*="comment"]') &&
      !/updated|modified/i.test(t.getAttribute('class') ?? ''),
  );
  for (const t of [marked, first]) {
    if (!t) continue;
    const value = t.getAttribute('datetime') ?? t.getAttribute('content') ?? t.textContent;
    const found = declaredDate(
      value,
      `<${t.tagName.toLowerCase()}${t.getAttribute('datetime') !== null ? ' datetime' : ' itemprop="datePublished"'}>`,
    );
    if (found) return found;
  }
  return null;
}

export function readMetadata(doc: Doc, html: string): PageMetadata {
  const article = articleObject(jsonLdObjects(doc));
  const fromLd = (key: string) => (article ? article[key] : undefined);

  const ldTitle = chooseHeadline(stringOf(fromLd('headline')), stringOf(fromLd('name')), doc);
  const title = ldTitle
    ? { value: ldTitle, from: 'JSON-LD headline' }
    : meta(doc, ['og:title', 'twitter:title', 'dc.title', 'citation_title']);

  const ldPublisher = names(fromLd('publisher')) ?? names(fromLd('sourceOrganization'));
  const siteName = ldPublisher
    ? { value: ldPublisher, from: 'JSON-LD publisher' }
    : meta(doc, ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'citation_publisher']);

  const ldAuthor = names(fromLd('author')) ?? names(fromLd('creator'));
  let author: Declared | null = ldAuthor ? { value: ldAuthor, from: 'JSON-LD author' } : null;
  if (!author) {
    const m = meta(doc, ['author', 'article:author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator', 'citation_author']);
    if (m && !/^https?:|^@/.test(m.value)) author = { value: m.value.replace(/^by\s+/i, ''), from: m.from };
  }

  const ldDate = declaredDate(stringOf(fromLd('datePublished')) ?? stringOf(fromLd('dateCreated')), 'JSON-LD datePublished');
  const metaDate = meta(doc, DATE_METAS);
  const published = ldDate ?? (metaDate && declaredDate(metaDate.value, metaDate.from)) ?? timeElement(doc);

  const canonical = Array.from(doc.querySelectorAll('link[rel~="canonical"]'))
    .map((l) => l.getAttribute('href'))
    .find((href) => href && /^https?:\/\//.test(href));
  const savedFrom = /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+)\s*-->/i.exec(html.slice(0, 4096))?.[1];
  const ogUrl = meta(doc, ['og:url', 'twitter:url']);
  const ldUrl = stringOf(fromLd('url')) ?? stringOf(fromLd('mainEntityOfPage'));
  const url: Declared | null = canonical
    ? { value: canonical, from: 'the canonical link' }
    : ogUrl && /^https?:\/\//.test(ogUrl.value)
      ? ogUrl
      : ldUrl && /^https?:\/\//.test(ldUrl)
        ? { value: ldUrl, from: 'JSON-LD url' }
        : savedFrom
          ? { value: savedFrom, from: 'the address the browser saved it from' }
          : null;

  return { title, siteName, author, published, url };
}

/**
 * JSON-LD's `headline` is the headline, but some sites put a description there and the headline
 * in `name` (Wikipedia). When both are given and differ, the one the page's <title> contains wins.
 */
function chooseHeadline(headline: string | null, name: string | null, doc: Doc): string | null {
  if (!headline || !name || headline === name) return headline ?? name;
  const title = (Array.from(doc.querySelectorAll('title'))[0]?.textContent ?? '').toLowerCase();
  if (title.includes(name.toLowerCase()) && !title.includes(headline.toLowerCase())) return name;
  return headline;
}
