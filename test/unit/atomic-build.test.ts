// `npm run build` publishes all or nothing: steps run into a temporary folder that replaces the
// output folder only when every step succeeded. The steps here are stand-ins that write into
// OUT_DIR the way astro build does, so the test runs in a second.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFlags } from '../../scripts/build-env.mjs';

const script = resolve('scripts/build.mjs');
let dir: string;
let out: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tl-atomic-'));
  out = join(dir, 'site');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), 'previous site');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const node = JSON.stringify(process.execPath);
/** A step that writes a page into the folder being built. */
const writes = (name: string) =>
  `${node} -e "require('fs').mkdirSync(process.env.OUT_DIR,{recursive:true});require('fs').writeFileSync(require('path').join(process.env.OUT_DIR,'${name}'),'new')"`;
const fails = `${node} -e "process.exit(3)"`;

function build(...steps: string[]) {
  return spawnSync(process.execPath, [script, ...steps], { env: { ...process.env, OUT_DIR: out }, encoding: 'utf8' });
}

describe('npm run build (scripts/build.mjs)', () => {
  it('a step that fails after writing pages leaves the previous site untouched and no temporary folder', () => {
    const result = build(writes('charts.html'), fails, writes('never.html'));
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('the previous site in');
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous site');
    expect(readdirSync(dir)).toEqual(['site']);
  });

  it('a failure with no previous site leaves nothing behind', () => {
    rmSync(out, { recursive: true });
    expect(build(writes('index.html'), fails).status).toBe(3);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a build whose every step succeeds replaces the previous site whole', () => {
    const result = build(writes('index.html'), writes('search.html'));
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['index.html', 'search.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['site']);
  });

  it('runs its steps with the allocator settings that keep peak memory down (scripts/build-env.mjs), unless already set', () => {
    const prints = `${node} -e "console.log(process.env.MIMALLOC_PURGE_DELAY, process.env.MALLOC_ARENA_MAX)"`;
    const { MIMALLOC_PURGE_DELAY: _a, MALLOC_ARENA_MAX: _b, ...env } = process.env;
    const run = (extra: Record<string, string>) =>
      spawnSync(process.execPath, [script, prints], { env: { ...env, ...extra, OUT_DIR: out }, encoding: 'utf8' }).stdout.split('\n')[0];
    expect(run({})).toBe('0 2');
    expect(run({ MALLOC_ARENA_MAX: '8' })).toBe('0 8');
  });

  it('starts Astro with Node options this Node accepts (a V8 option renamed in a later Node would stop every build)', () => {
    expect(nodeFlags.length).toBeGreaterThan(0);
    const result = spawnSync(process.execPath, [...nodeFlags, '-e', ''], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
