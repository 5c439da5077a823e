// Dependencies declared honestly: what the build imports is a dependency (so `npm install
// --omit=dev && npm run build` works), each d3 module by its own name, and zod through astro/zod.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|mts|mjs|astro)$/.test(name) ? [path] : [];
  });
}

/** Packages a file imports (import … from, import(), require.resolve()), by package name. */
function packagesOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const spec = `'([@a-z][a-z0-9._/@:-]*)'`;
  const statements = new RegExp(
    `^\\s*(?:import|export)\\b[^;]*?from\\s*${spec}|^\\s*import\\s*${spec}|\\bimport\\(${spec}\\)|\\brequire(?:\\.resolve)?\\(${spec}`,
    'gm',
  );
  const specs = [...text.matchAll(statements)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
  return specs
    .filter((s) => !s.startsWith('node:') && !s.startsWith('astro:') && !s.startsWith('/') && !builtinModules.includes(s))
    .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : (s.split('/')[0] ?? s)));
}

// What `npm run build` runs: the site, its config, and the search indexer it calls afterwards.
const buildFiles = [
  ...files('src'),
  'astro.config.mjs',
  ...['check-node.mjs', 'build.mjs', 'index-search.mjs', 'write-headers.mjs'].map((name) => `scripts/${name}`),
];

describe('dependencies', () => {
  it('everything the build imports is in dependencies', () => {
    const missing = buildFiles.flatMap((file) =>
      packagesOf(file)
        .filter((p) => !pkg.dependencies[p])
        .map((p) => `${file}: ${p}`),
    );
    expect(missing).toEqual([]);
  });

  it('scripts and tests import only declared packages', () => {
    const declared = { ...pkg.dependencies, ...pkg.devDependencies };
    const missing = [...files('scripts'), ...files('test')].flatMap((file) =>
      packagesOf(file)
        .filter((p) => !declared[p])
        .map((p) => `${file}: ${p}`),
    );
    expect(missing).toEqual([]);
  });

  it('zod comes through astro/zod, the copy Astro validates content with', () => {
    const bare = [...buildFiles, ...files('scripts'), ...files('test')].filter((file) => packagesOf(file).includes('zod'));
    expect(bare).toEqual([]);
  });

  it('finds the imports it checks (the checks above are not vacuous)', () => {
    expect(packagesOf('src/charts/negotiation-timeline/layout.ts')).toEqual(['d3-scale', 'd3-time']);
    expect(packagesOf('src/site/og-raster.ts')).toContain('@expo-google-fonts/inter');
  });
});
