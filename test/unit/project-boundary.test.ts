// The project builds only from its own copies: nothing in src/, scripts/ or the config may import
// or name a file outside the checkout (the reference material beside it is not deployed with it).
// `../shared/format` in src/charts/ is the project's own src/shared/, which this test resolves.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CODE = /\.(ts|mts|mjs|js|astro|mdx)$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : CODE.test(entry.name) ? [path] : [];
  });
}

/** Relative specifiers in import/export statements, dynamic imports and string paths ('../x', "../../y/z.json"). */
const relativeSpecifiers = (text: string) => [...text.matchAll(/['"`](\.\.?\/[^'"`\s$]*)['"`]/g)].map((m) => m[1] as string);

it('no source, script or config names a path outside the checkout', () => {
  const checked = [...files(join(ROOT, 'src')), ...files(join(ROOT, 'scripts')), join(ROOT, 'astro.config.mjs')];
  const outside = checked.flatMap((file) =>
    relativeSpecifiers(readFileSync(file, 'utf8'))
      .filter((spec) => relative(ROOT, resolve(dirname(file), spec)).startsWith('..'))
      .map((spec) => `${relative(ROOT, file)}: ${spec}`),
  );
  expect(checked.length).toBeGreaterThan(100);
  expect(outside).toEqual([]);
});

it('resolves the charts’ ../shared imports to the project’s own src/shared', () => {
  const file = join(ROOT, 'src/charts/deficits-annual.ts');
  expect(relativeSpecifiers(readFileSync(file, 'utf8'))).toContain('../shared/format');
  expect(relative(ROOT, resolve(dirname(file), '../shared/format'))).toBe(join('src', 'shared', 'format'));
});
