// Real `astro build`s of a copy of the project in which a page (not a story: the story linter
// never reads .astro pages) uses a component wrongly. Each build must stop with the page, the
// component, the problem and the fix, from the component's own check (parseProps, citeProblem):
// before, a bad <Num> stopped the build with a zod dump and no place, and a misquoting <Cite>
// was published.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

const root = process.cwd();
const copy = mkdtempSync(join(tmpdir(), 'tl-component-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

beforeAll(() => {
  for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(root, entry), join(copy, entry), { recursive: true });
  cpSync(join(root, 'content'), join(copy, 'content'), { recursive: true, filter: (src) => !src.includes(join('content', 'data', 'raw')) });
  mkdirSync(join(copy, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== '.astro' && name !== '.vite') symlinkSync(resolve(root, 'node_modules', name), join(copy, 'node_modules', name));
  }
});

/** Builds the copy with one file changed, then puts the file back; the build's output. */
function buildWith(file: string, change: (text: string) => string): { status: number | null; output: string } {
  const path = join(copy, file);
  let original: string | undefined;
  try {
    original = readFileSync(path, 'utf8');
  } catch {
    original = undefined;
  }
  const changed = change(original ?? '');
  expect(changed).not.toBe(original);
  writeFileSync(path, changed);
  try {
    const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, NODE_ENV: _n, VITEST: _v, ...env } = process.env;
    const result = spawnSync(process.execPath, [join(copy, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: copy,
      env: { ...env, OUT_DIR: join(copy, 'dist'), FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 280_000,
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  } finally {
    if (original === undefined) rmSync(path);
    else writeFileSync(path, original);
  }
}

it('a mistyped <Num> format in a page stops the build with the page, the component, the problem and the fix', () => {
  const { status, output } = buildWith('src/pages/method.astro', (text) =>
    text.replace('field="components.fentanyl" format="percent"', 'field="components.fentanyl" format="percentage"'),
  );
  expect(status, output).not.toBe(0);
  expect(output).toContain('page /method/ (<Num>): prop "format": "percentage" is not allowed; expected one of "percent"');
  expect(output).toContain('→ did you mean format="percent"?');
  expect(output).not.toContain('ZodError');
}, 300_000);

it('a <Cite> in a page whose words are not in the article stops the build with the closest passage', () => {
  const { status, output } = buildWith(
    'src/pages/probe.astro',
    () => `---
import Cite from '../components/Cite.astro';
---

<p>The talks, it was said, ended with <Cite source="stockholm-talks" quote="a truce that nobody ever agreed to" />.</p>
`,
  );
  expect(status, output).not.toBe(0);
  expect(output).toContain(
    'page /probe/ (<Cite>): quote not found in content/sources/stockholm-talks.md: "a truce that nobody ever agreed to"',
  );
  expect(output).toMatch(/→ (the closest passage|nothing in the source comes close)/);
}, 300_000);
