// A real `astro build` of a copy of the project in which a page (not a story: the story linter
// never sees .astro pages) uses <Num> with a mistyped format. The build must stop with the page,
// the component, the problem and the fix, from the component's own check (parseProps), not with a
// zod dump of issues and no place.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = process.cwd();
const copy = mkdtempSync(join(tmpdir(), 'tl-component-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

it('astro build stops on a bad <Num> in a page with the page, the component, the problem and the fix', () => {
  for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(root, entry), join(copy, entry), { recursive: true });
  cpSync(join(root, 'content'), join(copy, 'content'), { recursive: true, filter: (src) => !src.includes(join('content', 'data', 'raw')) });
  mkdirSync(join(copy, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== '.astro' && name !== '.vite') symlinkSync(resolve(root, 'node_modules', name), join(copy, 'node_modules', name));
  }
  const page = join(copy, 'src/pages/method.astro');
  const text = readFileSync(page, 'utf8');
  const broken = text.replace('field="components.fentanyl" format="percent"', 'field="components.fentanyl" format="percentage"');
  expect(broken).not.toBe(text);
  writeFileSync(page, broken);

  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, NODE_ENV: _n, VITEST: _v, ...env } = process.env;
  const result = spawnSync(process.execPath, [join(copy, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: copy,
    env: { ...env, OUT_DIR: join(copy, 'dist'), FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 280_000,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).not.toBe(0);
  expect(output).toContain('page /method/ (<Num>): prop "format": "percentage" is not allowed; expected one of "percent"');
  expect(output).toContain('→ did you mean format="percent"?');
  expect(output).not.toContain('ZodError');
}, 300_000);
