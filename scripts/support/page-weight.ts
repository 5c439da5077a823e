import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

/** Bytes as stored and as sent gzipped. */
export interface Size {
  raw: number;
  gz: number;
}

/** What a built page costs to load, part by part. */
export interface PageBytes {
  path: string;
  html: Size;
  inlineCss: Size;
  inlineJs: Size;
  cssFiles: Size;
  /** JS the page runs on load: its scripts, module preloads and everything they import statically. */
  jsFiles: Size;
  /** JS loaded later through dynamic `import()`. */
  lazyJs: Size;
  /** Every CSS and JS file counted, relative to the build ("_astro/x.js", lazy ones marked "(lazy)"). */
  files: string[];
}

export function size(buffer: Buffer | string): Size {
  const bytes = typeof buffer === 'string' ? Buffer.from(buffer) : buffer;
  // zlib's default level (6), what most servers use for on-the-fly compression.
  return { raw: bytes.length, gz: bytes.length ? gzipSync(bytes).length : 0 };
}
export const addSize = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gz: a.gz + b.gz });
const zero = (): Size => ({ raw: 0, gz: 0 });

/** Static and dynamic imports of an ES module, as written in the built code. */
function importsOf(code: string): { stat: string[]; lazy: string[] } {
  const stat = [...code.matchAll(/\b(?:import|export)(?=[\s{*"'])\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g)].map(
    (m) => m[1] as string,
  );
  const lazy = [...code.matchAll(/\bimport\(\s*["']([^"']+\.m?js)["']\s*\)/g)].map((m) => m[1] as string);
  return { stat, lazy };
}

/**
 * Measures one built page. `path` is a site path ("/charts/x/") or an HTML file relative to the
 * build ("charts/x/index.html"); `base` is the site's base path, which URLs in the page carry.
 */
export function pageBytes(path: string, dist: string, base = '/'): PageBytes {
  const basePath = base.replace(/\/?$/, '/');
  const sitePath = `/${path.replace(/^\//, '')}`;
  const htmlFile = join(dist, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
  const pageUrl = `http://site${basePath}${sitePath.slice(1)}`;
  /** A URL in the page or in a module ("/_astro/x.js", "./y.js") → its file in the build. */
  const fileFor = (url: string, from: string): string | undefined => {
    if (/^(https?:)?\/\//.test(url) || url.startsWith('data:')) return undefined;
    let resolved = new URL(url, from).pathname;
    if (resolved.startsWith(basePath)) resolved = resolved.slice(basePath.length - 1);
    const file = join(dist, decodeURIComponent(resolved));
    return existsSync(file) && statSync(file).isFile() ? file : undefined;
  };
  const moduleUrl = (file: string) => `http://site${basePath}${relative(dist, file)}`;

  const html = readFileSync(htmlFile, 'utf8');
  const { document } = parseHTML(html);
  const result: PageBytes = {
    path,
    html: size(html),
    inlineCss: zero(),
    inlineJs: zero(),
    cssFiles: zero(),
    jsFiles: zero(),
    lazyJs: zero(),
    files: [],
  };
  const seen = new Set<string>();
  const lazyQueue: [string, string][] = [];
  const addModule = (file: string, lazy: boolean) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    if (lazy) result.lazyJs = addSize(result.lazyJs, size(code));
    else result.jsFiles = addSize(result.jsFiles, size(code));
    result.files.push(relative(dist, file) + (lazy ? ' (lazy)' : ''));
    const from = moduleUrl(file);
    const { stat, lazy: dynamic } = importsOf(code);
    for (const spec of stat) {
      const target = fileFor(spec, from);
      if (target) addModule(target, lazy);
    }
    for (const spec of dynamic) lazyQueue.push([spec, from]);
  };
  for (const link of document.querySelectorAll('link[rel~="stylesheet"][href]')) {
    const file = fileFor(link.getAttribute('href') ?? '', pageUrl);
    if (!file || seen.has(file)) continue;
    seen.add(file);
    result.cssFiles = addSize(result.cssFiles, size(readFileSync(file)));
    result.files.push(relative(dist, file));
  }
  for (const style of document.querySelectorAll('style')) result.inlineCss = addSize(result.inlineCss, size(style.textContent ?? ''));
  for (const link of document.querySelectorAll('link[rel="modulepreload"][href]')) {
    const file = fileFor(link.getAttribute('href') ?? '', pageUrl);
    if (file) addModule(file, false);
  }
  for (const script of document.querySelectorAll('script')) {
    const type = script.getAttribute('type') ?? '';
    if (type && type !== 'module' && type !== 'text/javascript') continue; // JSON data islands are not code
    const src = script.getAttribute('src');
    if (src) {
      const file = fileFor(src, pageUrl);
      if (file) addModule(file, false);
      continue;
    }
    const code = script.textContent ?? '';
    result.inlineJs = addSize(result.inlineJs, size(code));
    const { stat, lazy } = importsOf(code);
    for (const spec of stat) {
      const target = fileFor(spec, pageUrl);
      if (target) addModule(target, false);
    }
    for (const spec of lazy) lazyQueue.push([spec, pageUrl]);
  }
  for (const [spec, from] of lazyQueue) {
    const target = fileFor(spec, from);
    if (target) addModule(target, true);
  }
  return result;
}

/** What a page costs on load, in the three sums the budgets limit: HTML, all CSS, all JS run on load. */
export interface PageWeight {
  html: Size;
  css: Size;
  js: Size;
  /** The JS files run on load, relative to the build. */
  jsFiles: string[];
}

export function pageWeight(path: string, dist = 'dist', base = '/'): PageWeight {
  const b = pageBytes(path, dist, base);
  return {
    html: b.html,
    css: addSize(b.inlineCss, b.cssFiles),
    js: addSize(b.inlineJs, b.jsFiles),
    jsFiles: b.files.filter((f) => /\.m?js$/.test(f)),
  };
}
