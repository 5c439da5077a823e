import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

export interface Weight {
  raw: number;
  gzip: number;
}
export interface PageWeight {
  html: Weight;
  css: Weight;
  js: Weight;
  /** Every JS file the page loads, including modules imported by its scripts. */
  jsFiles: string[];
}

const weigh = (bytes: Buffer): Weight => ({ raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

/** Resolves a URL in a page (with or without the base path) to a file in the build. */
function fileFor(url: string, dist: string, base: string): string | undefined {
  if (/^(https?:)?\/\//.test(url)) return undefined;
  const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  const file = resolve(dist, path.split('?')[0] ?? '');
  return existsSync(file) ? file : undefined;
}

/** JS files reachable from an entry through static `import` statements (Vite's chunks). */
function jsClosure(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const match of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    const target = resolve(dirname(entry), match[1] as string);
    if (existsSync(target)) jsClosure(target, seen);
  }
  return seen;
}

/** What a built page costs to load: its HTML, the CSS it links and all JS it runs (raw and gzip). */
export function pageWeight(path: string, dist = 'dist', base = '/'): PageWeight {
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  const htmlBytes = readFileSync(file);
  const { document } = parseHTML(htmlBytes.toString('utf8'));
  let css: Weight = { raw: 0, gzip: 0 };
  for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
    const target = fileFor(link.getAttribute('href') ?? '', dist, base);
    if (target) css = add(css, weigh(readFileSync(target)));
  }
  for (const style of document.querySelectorAll('style')) css = add(css, weigh(Buffer.from(style.textContent ?? '')));
  const jsFiles = new Set<string>();
  let inline: Weight = { raw: 0, gzip: 0 };
  for (const script of document.querySelectorAll('script')) {
    const type = script.getAttribute('type');
    if (type && type !== 'module' && type !== 'text/javascript') continue; // JSON data blocks are not code
    const src = script.getAttribute('src');
    if (src) {
      const target = fileFor(src, dist, base);
      if (target) for (const f of jsClosure(target)) jsFiles.add(f);
    } else {
      inline = add(inline, weigh(Buffer.from(script.textContent ?? '')));
      for (const match of (script.textContent ?? '').matchAll(/import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
        const target = fileFor(match[1] as string, dist, base);
        if (target) for (const f of jsClosure(target)) jsFiles.add(f);
      }
    }
  }
  const js = [...jsFiles].reduce((sum, f) => add(sum, weigh(readFileSync(f))), inline);
  return { html: weigh(htmlBytes), css, js, jsFiles: [...jsFiles].map((f) => f.slice(resolve(dist).length)) };
}
