import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';

// The same variable the Astro config reads for its output folder.
export const DIST = process.env.OUT_DIR ?? 'dist';

/** Every HTML file in the built site, as site paths ("/charts/x/"). */
export function htmlPages(dist = DIST): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html'))
        pages.push(
          `/${relative(dist, path)
            .replace(/index\.html$/, '')
            .replace(/\\/g, '/')}`,
        );
    }
  };
  walk(dist);
  return pages.sort();
}

/** Parses a built page. */
export function readPage(path: string, dist = DIST): Document {
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

/** Whether a site path (without the base) exists in the build, as a file or a directory index. */
export function existsInDist(path: string, dist = DIST): boolean {
  const clean = decodeURIComponent(path.split('#')[0]?.split('?')[0] ?? '');
  const target = join(dist, clean);
  return existsSync(target) && (statSync(target).isFile() || existsSync(join(target, 'index.html')));
}
