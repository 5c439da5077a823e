/**
 * page-weight: how heavy built pages are, and what each kind of part costs them.
 *
 *   npx tsx scripts/page-weight.ts                    every story, chart page and embed in dist/
 *   npx tsx scripts/page-weight.ts dist/stories/x/index.html --parts
 *
 * Bytes are gzip level 6 of the whole file (what a server sends). With --parts, each kind of part
 * (SVGs, tables, inline style, inline script) is reported as "saved if removed": the page's gzip
 * size minus its size without those parts, which counts what gzip could not share with the rest.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { size } from './support/page-weight';

/** Gzip bytes, measured as the bench and the budgets measure them (zlib's default level, 6). */
const gz = (text: string) => size(text).gz;

const PARTS: Record<string, RegExp> = {
  svg: /<svg[\s\S]*?<\/svg>/g,
  table: /<table[\s\S]*?<\/table>/g,
  style: /<style[\s\S]*?<\/style>/g,
  script: /<script[\s\S]*?<\/script>/g,
};

function pages(): string[] {
  const out: string[] = [];
  for (const dir of ['dist/stories', 'dist/charts', 'dist/embed']) {
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const file = join(dir, name, 'index.html');
      try {
        if (statSync(file).isFile()) out.push(file);
      } catch {
        // A folder without a page of its own (assets, versions).
      }
    }
  }
  return out;
}

const args = process.argv.slice(2);
const withParts = args.includes('--parts');
const files = args.filter((a) => !a.startsWith('--'));
for (const file of files.length ? files : pages()) {
  const html = readFileSync(file, 'utf8');
  const total = gz(html);
  const line = [`${(total / 1000).toFixed(1).padStart(6)} KB  ${file}`];
  if (withParts)
    for (const [name, re] of Object.entries(PARTS)) {
      const found = html.match(re) ?? [];
      const raw = found.reduce((n, s) => n + s.length, 0);
      const saved = total - gz(html.replace(re, ''));
      line.push(`    ${name}: ${found.length} × ${(raw / 1000).toFixed(1)} KB raw, saved if removed ${(saved / 1000).toFixed(1)} KB`);
    }
  console.log(line.join('\n'));
}
