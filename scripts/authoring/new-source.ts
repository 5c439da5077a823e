import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { ContentError } from '../../src/provenance/content-error';
import { SOURCES_DIR } from '../../src/provenance/source-texts';
import { UNIDENTIFIED_PUBLISHER } from '../../src/shared/source-label';
import { buildSources, RAW_DIR } from '../ingest/build';
import { decodeRaw } from '../ingest/decode';
import { decodeHtml } from '../ingest/html/decode-html';
import { OVERRIDES_FILE, RAW_FILE_NAME } from '../ingest/overrides';
import { readPage } from '../ingest/read-page';
import { findTitle } from '../ingest/rules/title';
import { runIngest } from '../ingest/run';
import { type Segment, splitArticles } from '../ingest/split-articles';
import { isSlug, slugify } from './slug';

/**
 * `npm run new:source -- path/to/article.txt`: adds one article to the sources.
 *
 * 1. Checks the file is page text (not missing, empty, binary or another encoding).
 * 2. Works out a source id from its headline and drafts its entry in overrides.json with what the
 *    author gave on the command line (publisher, URL, date…).
 * 3. Builds every source in memory with the new file and entry, exactly as `npm run ingest` would.
 *    If that fails (most often: the page states no date and none was given), nothing is written,
 *    so `npm run ingest -- --check` keeps passing, and the report says what to supply.
 * 4. Otherwise copies the file into content/sources/raw/, writes the entry, runs ingest, and lists
 *    what the entry still lacks (a publisher, the article's URL), to fill in overrides.json.
 */

export interface SourceOptions {
  /** Path of the article text, as given on the command line. */
  file: string;
  id?: string | undefined;
  publisher?: string | undefined;
  url?: string | undefined;
  /** Where the text was found, when that is a copy (an aggregator) rather than the publisher's page. */
  copyUrl?: string | undefined;
  author?: string | undefined;
  /** Only for a page that states no date: the date worked out from the text… */
  published?: string | undefined;
  /** …and how. */
  dateNote?: string | undefined;
  /** Headline of the article to take when the file holds several. */
  segment?: string | undefined;
}

export interface Reporter {
  log: (line: string) => void;
  error: (line: string) => void;
}

interface SourceEntry {
  id: string;
  segment?: string;
  publisher?: string;
  author?: string;
  url?: string | null;
  copyUrl?: string;
  published?: string;
  dateNote?: string;
}

const SAVE_AS_TEXT =
  'save the page with the browser\'s File › Save page as… ("Web page, HTML only") as .html, or save the article\'s text as a UTF-8 .txt file';

/** Reads and checks the article; throws a ContentError naming the file for anything that is not page text. */
export function readArticle(path: string, shown = path): { bytes: Uint8Array; text: string } {
  if (!existsSync(path)) throw new ContentError(shown, undefined, 'no such file', 'check the path; it is relative to the project folder');
  if (!statSync(path).isFile()) throw new ContentError(shown, undefined, 'this is a folder, not a file', 'give the path of one .txt file');
  if (!/\.(?:txt|html?)$/i.test(path))
    throw new ContentError(shown, undefined, 'expected a saved web page (.html) or the page text (.txt)', SAVE_AS_TEXT);
  const bytes = new Uint8Array(readFileSync(path));
  let text: string;
  try {
    text = /\.html?$/i.test(path) ? decodeHtml(bytes, shown) : decodeRaw(bytes, shown);
  } catch (error) {
    if (error instanceof ContentError) throw new ContentError(shown, error.where, error.problem, SAVE_AS_TEXT);
    throw error;
  }
  return { bytes, text };
}

function headline(segment: Segment): string | null {
  if (segment.title !== null) return segment.title;
  const found = findTitle(segment.lines);
  return found.ok ? found.title : null;
}

/** A raw file name ingest accepts (`[\w.-]+.txt|.html`), kept as close to the given name as possible. */
export function rawFileName(path: string): string {
  const extension = /\.html?$/i.test(path) ? '.html' : '.txt';
  const name = basename(path).replace(/\.(?:txt|html?)$/i, '');
  const clean = name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'article';
  return `${clean}${extension}`;
}

/** Adds the article; returns the process exit code. Writes nothing unless ingest would succeed. */
export function addSource(root: string, options: SourceOptions, out: Reporter): number {
  const fail = (error: unknown) => {
    out.error(`new:source: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  };
  let article: { bytes: Uint8Array; text: string };
  try {
    article = readArticle(resolve(root, options.file), options.file);
  } catch (error) {
    return fail(error);
  }

  const rawDir = resolve(root, RAW_DIR);
  const raw = new Map<string, Uint8Array>();
  for (const name of readdirSync(rawDir).sort())
    if (RAW_FILE_NAME.test(name)) raw.set(name, new Uint8Array(readFileSync(join(rawDir, name))));
  const name = rawFileName(options.file);
  for (const [existing, bytes] of raw) {
    if (Buffer.from(bytes).equals(Buffer.from(article.bytes))) {
      return fail(
        new ContentError(
          options.file,
          undefined,
          `this article is already in the sources, as ${RAW_DIR}/${existing}`,
          `see its entry "${existing}" in ${OVERRIDES_FILE}`,
        ),
      );
    }
  }
  if (raw.has(name)) {
    return fail(
      new ContentError(
        options.file,
        undefined,
        `another article is already called ${RAW_DIR}/${name}`,
        'rename your file (the name only has to be unique), then run this again',
      ),
    );
  }

  const overridesPath = resolve(root, OVERRIDES_FILE);
  const overrides = JSON.parse(readFileSync(overridesPath, 'utf8')) as Record<string, unknown>;
  const takenIds = new Set(
    Object.values(overrides).flatMap((entry) => ((entry as { sources?: { id: string }[] })?.sources ?? []).map((s) => s.id)),
  );

  // Which article of the file becomes the source: the one named by --segment, or the first.
  // A saved page holds one article; what it states (publisher, byline, address) is read by ingest.
  const isHtml = /\.html$/.test(name);
  const reading = readPage(name, article.bytes);
  const segments = isHtml ? [] : splitArticles(article.text.split('\n'));
  const titles = isHtml ? [reading.title] : segments.map(headline);
  const index = options.segment === undefined ? 0 : titles.indexOf(options.segment);
  if (index < 0) {
    return fail(
      new ContentError(
        options.file,
        '--segment',
        `no article headed "${options.segment}"`,
        `the file's articles: ${titles.map((t) => `"${t ?? '(no headline)'}"`).join(', ')}`,
      ),
    );
  }
  const title = titles[index];
  const id = options.id ?? (title ? slugify(title).split('-').slice(0, 6).join('-') : '');
  if (!isSlug(id)) {
    return fail(
      new ContentError(
        options.file,
        undefined,
        title ? `cannot make a source id from the headline "${title}"` : 'the file has no headline to make a source id from',
        'give one with --id, e.g. --id stockholm-talks',
      ),
    );
  }
  if (takenIds.has(id)) {
    return fail(new ContentError(OVERRIDES_FILE, id, `a source with the id "${id}" exists already`, 'give this one another id with --id'));
  }

  const statedPublisher = index === 0 ? reading.publisher?.value : undefined;
  const entry: SourceEntry = {
    id,
    ...(segments.length > 1 ? { segment: title ?? '' } : {}),
    ...(options.publisher || !statedPublisher ? { publisher: options.publisher ?? UNIDENTIFIED_PUBLISHER } : {}),
    ...(options.author ? { author: options.author } : {}),
    ...(options.url ? { url: options.url } : reading.url ? {} : { url: null }),
    ...(options.copyUrl ? { copyUrl: options.copyUrl } : {}),
    ...(options.published ? { published: options.published } : {}),
    ...(options.dateNote ? { dateNote: options.dateNote } : {}),
  };
  const skipSegments = titles.flatMap((t, i) =>
    i === index || t === null ? [] : [{ title: t, why: 'Another article on the same page; not used as a source.' }],
  );
  const next = { ...overrides, [name]: { sources: [entry], ...(skipSegments.length ? { skipSegments } : {}) } };
  const overridesText = `${JSON.stringify(next, null, 2)}\n`;

  // Dry run: the whole ingest, in memory, with the new file. Nothing is written unless it passes.
  const built = buildSources({ raw: new Map([...raw, [name, article.bytes]]), overridesText });
  if (built.errors.length) {
    const ours = built.errors.filter((e) => e.message.includes(name) || e.message.includes(id));
    out.error(
      `new:source: ${options.file} was not added; nothing was written. With it as ${RAW_DIR}/${name} and this entry in ${OVERRIDES_FILE}:\n`,
    );
    out.error(`${JSON.stringify({ [name]: next[name] }, null, 2)}\n`);
    out.error('ingest reports:\n');
    for (const error of built.errors) out.error(`${error.message}\n`);
    const undated = ours.some((e) => e.problem.includes('states no publication date'));
    if (undated) {
      out.error(
        [
          'The page states no publication date. Work it out from the text (a weekday with a date, an event it reports as past or coming),',
          'then run again with the date and your reasoning, e.g.:',
          `  npm run new:source -- ${shellQuote(options.file)} --published 2025-07-02 --date-note "Reports the 1 July talks as held 'yesterday'."`,
        ].join('\n'),
      );
    }
    if (ours.length < built.errors.length)
      out.error('Some problems are in sources already there: `npm run ingest` fails on them too; fix those first.');
    return 1;
  }

  writeFileSync(join(rawDir, name), article.bytes, { flag: 'wx' });
  writeFileSync(overridesPath, overridesText);
  // Ingest lists every source; only its closing line matters here.
  const code = runIngest({
    root,
    check: false,
    verbose: false,
    log: (line) => line.startsWith('ingest:') && out.log(line),
    error: out.error,
  });
  if (code !== 0) return code;

  const source = built.sources.find((s) => s.id === id);
  const todo = [
    entry.publisher === UNIDENTIFIED_PUBLISHER &&
      '"publisher": the outlet, e.g. "Kyodo News" (leave "Publisher not identified" if it cannot be found)',
    entry.url === null &&
      !options.copyUrl &&
      '"url": the address of the article on the publisher\'s site (null if it cannot be found); "copyUrl" if the text came from a copy elsewhere',
    !entry.author && !source?.frontmatter.author && '"author": the byline, if the page gives one',
  ].filter(Boolean);
  out.log(`
new:source: added ${SOURCES_DIR}/${id}.md from ${RAW_DIR}/${name}
  title:     ${source?.frontmatter.title}
  publisher: ${source?.frontmatter.publisher}   author: ${source?.frontmatter.author ?? '(none)'}
  url:       ${source?.frontmatter.url ?? '(none)'}
  published: ${source?.frontmatter.published} (${source?.frontmatter.dateBasis}: ${source?.frontmatter.dateNote})
  cite it:   <Cite source="${id}" quote="…exact words…" />, and list "${id}" in the story's sources
${
  todo.length
    ? `
Still to supply, in ${OVERRIDES_FILE} under "${name}" → sources[0]:
${todo.map((t) => `  - ${t}`).join('\n')}
then run npm run ingest to rewrite ${SOURCES_DIR}/${id}.md.`
    : ''
}
Read ${SOURCES_DIR}/${id}.md: ingest removes page furniture (menus, "Related articles"…); if it kept some
or cut a paragraph, see content/sources/README.md ("overrides.json") for the fixes. Commit the raw file,
overrides.json and the .md together.`);
  return 0;
}

function shellQuote(path: string): string {
  return /^[\w./~-]+$/.test(path) ? path : `'${path.replaceAll("'", "'\\''")}'`;
}
