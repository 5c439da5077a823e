/**
 * import:documents: keeps a verbatim copy of every official document that references.json cites
 * and that a folder of White House texts holds.
 *
 *   npm run import:documents -- <folder>            copy into content/documents/<reference id>.md
 *   npm run import:documents -- <folder> --check    write nothing; exit 1 if a copy is missing or differs
 *
 * <folder> is a scrape of whitehouse.gov laid out as `<kind>/<YYYY-MM>/<date>-<slug>.md`, each file
 * with a `source_url` in its front matter (the project's shared raw folder `data/raw/whitehouse/`).
 * A reference is matched to a file by its address, never by its title, so a copy can only be filed
 * under the reference that names that page. Files are copied byte for byte; the build reads them.
 * Run it again after adding references: it also rewrites the table of copies in content/documents/README.md.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const REFERENCES = 'content/data/references.json';
const DOCUMENTS = 'content/documents';
const README = join(DOCUMENTS, 'README.md');
const TABLE_START = '<!-- held-copies:start -->';
const TABLE_END = '<!-- held-copies:end -->';

const norm = (url: string) =>
  url
    .trim()
    .replace(/^http:/, 'https:')
    .replace(/\/$/, '');

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : name.endsWith('.md') ? [path] : [];
    });
}

/** Address → file, for every file in the folder that names its address. */
export function indexByAddress(folder: string): Map<string, string> {
  const byUrl = new Map<string, string>();
  for (const file of walk(folder)) {
    const url = /^source_url:\s*(\S+)\s*$/m.exec(readFileSync(file, 'utf8'))?.[1];
    if (url) byUrl.set(norm(url), file);
  }
  return byUrl;
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const folder = argv.find((a) => !a.startsWith('--'));
  if (!folder) {
    console.error('usage: npm run import:documents -- <folder of White House texts> [--check]');
    return 2;
  }
  const root = resolve(folder);
  const byUrl = indexByAddress(root);
  const references = (JSON.parse(readFileSync(REFERENCES, 'utf8')) as { records: { id: string; identifier: string; url: string | null }[] })
    .records;
  const rows: string[] = [];
  const problems: string[] = [];
  let written = 0;
  for (const ref of references) {
    const file = ref.url ? byUrl.get(norm(ref.url)) : undefined;
    if (!file) continue;
    const target = join(DOCUMENTS, `${ref.id}.md`);
    const bytes = readFileSync(file);
    let current: Buffer | undefined;
    try {
      current = readFileSync(target);
    } catch {
      current = undefined;
    }
    if (!current?.equals(bytes)) {
      if (check) problems.push(`${target}: ${current ? 'differs from' : 'missing; the folder holds'} ${relative(root, file)}`);
      else {
        writeFileSync(target, bytes);
        written++;
      }
    }
    rows.push(`| \`${ref.id}\` | ${ref.identifier} | \`${relative(root, file)}\` |`);
  }
  const readme = readFileSync(README, 'utf8');
  const table = `${TABLE_START}\n| id | document | file in the scrape |\n|---|---|---|\n${rows.join('\n')}\n${TABLE_END}`;
  const next = readme.replace(new RegExp(`${TABLE_START}[\\s\\S]*${TABLE_END}`), table);
  if (next !== readme) {
    if (check) problems.push(`${README}: the table of held copies is out of date`);
    else writeFileSync(README, next);
  }
  if (problems.length) {
    console.error(`${problems.join('\n')}\n→ run npm run import:documents -- ${folder}`);
    return 1;
  }
  console.log(`${rows.length} references have a held copy; ${written} file(s) written.`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
