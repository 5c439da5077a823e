import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ContentError } from './content-error';
import { splitFrontmatter } from './source-texts';

/** Where held copies of official documents live, relative to the project root. */
export const DOCUMENTS_DIR = 'content/documents';

/**
 * One held official document: the file is a verbatim copy of the published text (for White House
 * texts, the whitehouse.gov scrape with its front matter), named after its id in references.json.
 */
export interface DocumentText {
  id: string;
  file: string;
  /** The copy's own front matter (`source_url`, `title`, `date`, …), as received. */
  frontmatter: Record<string, unknown>;
  /** The words of the document as a reader sees them: markup removed (see `documentPlainText`). */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', nbsp: ' ', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

/**
 * The reading text of a held document. The copies are Markdown with some HTML (underlined
 * section heads, tables, links); quotes are matched against what a reader of the published page
 * sees, so markup goes and words stay: tags, emphasis marks, link targets, Markdown escapes.
 * Paragraphs stay separated by a blank line.
 */
export function documentPlainText(markdown: string): string {
  return (
    markdown
      .replace(/<[^>]+>/g, ' ')
      .replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name] ?? whole)
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      // One pass, so an escaped mark (`\*`, `\_`) stays a character while bare ones (emphasis) go.
      .replace(/\\([\\`*_{}[\]()#+\-.!|'"$&])|\*+|(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])/g, (_, escaped?: string) => escaped ?? '')
      .replace(/^#+\s*/gm, '')
      .split(/\n[ \t\u00A0]*\n/)
      .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n\n')
  );
}

/** Reads every held document from disk (the build, the dataset loader and the story linter read the same files). */
export function readDocumentTexts(root = process.cwd()): Map<string, DocumentText> {
  const dir = resolve(root, DOCUMENTS_DIR);
  const texts = new Map<string, DocumentText>();
  if (!existsSync(dir)) return texts;
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.md') || name === 'README.md') continue;
    const id = name.slice(0, -3);
    const { frontmatter, body } = splitFrontmatter(readFileSync(join(dir, name), 'utf8'));
    texts.set(id, { id, file: join(DOCUMENTS_DIR, name), frontmatter, text: documentPlainText(body) });
  }
  return texts;
}

/** Normalised for comparison: `https://x/a/` and `http://x/a` name the same page. */
const sameAddress = (a: string, b: string) => {
  const norm = (u: string) =>
    u
      .trim()
      .replace(/^http:/, 'https:')
      .replace(/\/$/, '');
  return norm(a) === norm(b);
};

/**
 * A held copy must belong to a reference, and be the text at that reference's address: a copy
 * filed under the wrong id would let a quote "check" against another document.
 */
export function checkHeldDocuments(
  documents: ReadonlyMap<string, DocumentText>,
  references: readonly { id: string; url: string | null }[],
): ContentError[] {
  const byId = new Map(references.map((r) => [r.id, r]));
  const errors: ContentError[] = [];
  for (const doc of documents.values()) {
    const ref = byId.get(doc.id);
    if (!ref) {
      errors.push(
        new ContentError(
          doc.file,
          undefined,
          `no reference "${doc.id}" in content/data/references.json for this held document`,
          'name the file after the id of its reference, or add the reference (id, issuer, title, identifier, date, url)',
        ),
      );
      continue;
    }
    const copied = doc.frontmatter.source_url;
    if (typeof copied === 'string' && ref.url && !sameAddress(copied, ref.url)) {
      errors.push(
        new ContentError(
          doc.file,
          'front matter "source_url"',
          `the held copy is of ${copied}, but reference "${doc.id}" has the address ${ref.url}`,
          'file the copy under the id of the reference with that address (npm run import:documents does this)',
        ),
      );
    }
  }
  return errors;
}

/**
 * One document, one reference: two ids for the same address would split its quotes between two
 * pages and hold its text twice. A data file updated in place (`dateKind: "fetched"`) is the
 * exception: each fetched copy is its own vintage at the same address.
 */
export function checkReferenceAddresses(
  file: string,
  references: readonly { id: string; url: string | null; dateKind?: 'issued' | 'fetched' }[],
): ContentError[] {
  const first = new Map<string, string>();
  const errors: ContentError[] = [];
  references.forEach((ref, index) => {
    if (!ref.url || ref.dateKind === 'fetched') return;
    const key = ref.url
      .trim()
      .replace(/^http:/, 'https:')
      .replace(/\/$/, '');
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, ref.id);
    else
      errors.push(
        new ContentError(
          file,
          `record "${ref.id}" (records[${index}]), field "url"`,
          `reference "${earlier}" already has the address ${ref.url}`,
          `cite "${earlier}" instead, and remove this record`,
        ),
      );
  });
  return errors;
}
