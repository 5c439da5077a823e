import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { ChartDefinition } from '../../src/charts/types';

// The cache is read from TL_BUILD_CACHE when the module loads, so the modules are imported after it is set.
const dir = mkdtempSync(join(tmpdir(), 'tl-cache-'));
vi.stubEnv('TL_BUILD_CACHE', dir);
const { renderSvg } = await import('../../src/site/render-svg');
const { cached, cacheKey } = await import('../../src/site/build-cache');
const { cacheFolder, evictUnused } = await import('../../src/site/build-cache-folder.mjs');
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

interface Model {
  values: Map<string, number>;
}
let draws = 0;
/** A fixture chart: one circle per value, a clip path with an id, counting how often it is drawn. */
const fixture: ChartDefinition<Model, 'dots'> = {
  id: 'fixture-dots',
  name: 'Dots',
  views: ['dots'],
  viewLabels: { dots: 'Dots' },
  datasets: [],
  height: () => 20,
  model: () => ({ values: new Map() }),
  figure: () => ({ title: 't', alt: 'a', description: 'd', sourceLine: 's', asOf: '2026-01-01' }) as never,
  table: () => ({ columns: [], rows: [] }) as never,
  render: (model, _view, { document, width, idPrefix }) => {
    draws++;
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg') as SVGSVGElement;
    svg.setAttribute('viewBox', `0 0 ${width} 20`);
    svg.innerHTML = `<clipPath id="${idPrefix}-clip"><rect width="${width / 3}" height="20"/></clipPath>${[...model.values]
      .map(
        ([k, v]) =>
          `<circle clip-path="url(#${idPrefix}-clip)" cx="${v / 3}" cy="10.123456" r="2"/><text x="1.25" y="2">${k} 1.23456</text>`,
      )
      .join('')}`;
    return svg;
  },
};

describe('chart drawings cached by content', () => {
  const model: Model = { values: new Map([['a', 10]]) };

  it('draws a chart once, then serves the same markup from disk with the ids of the page asking', () => {
    draws = 0;
    const first = renderSvg(fixture, model, 'dots', { width: 340, idPrefix: 'fig-a', label: 'Alt' });
    const second = renderSvg(fixture, model, 'dots', { width: 340, idPrefix: 'fig-b', label: 'Alt' });
    expect(draws).toBe(1);
    expect(first).toContain('id="fig-a-0"');
    expect(first).toContain('url(#fig-a-0)');
    expect(second).toBe(first.replaceAll('fig-a', 'fig-b'));
    expect(readdirSync(dir).length).toBeGreaterThan(0);
  });

  it('reads the entry from disk (a later build in another process would)', () => {
    const [sub] = readdirSync(dir);
    const [file] = readdirSync(join(dir, sub as string));
    const path = join(dir, sub as string, file as string);
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, original.replace('<svg', '<svg data-from-disk=""'));
    expect(renderSvg(fixture, model, 'dots', { width: 340, idPrefix: 'x', label: 'Alt' })).toContain('data-from-disk');
    writeFileSync(path, original);
  });

  it('draws again when the model, the width or the label changes', () => {
    draws = 0;
    renderSvg(fixture, { values: new Map([['a', 11]]) }, 'dots', { width: 340, idPrefix: 'x', label: 'Alt' });
    renderSvg(fixture, model, 'dots', { width: 680, idPrefix: 'x', label: 'Alt' });
    renderSvg(fixture, model, 'dots', { width: 340, idPrefix: 'x', label: 'Other' });
    expect(draws).toBe(3);
  });
});

describe('clean-up after a build', () => {
  const past = new Date('2026-01-01T00:00:00Z');

  it('keeps the entries a build read or wrote and removes the rest, with folders left empty', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tl-evict-'));
    const entry = (shard: string, name: string, time: Date) => {
      mkdirSync(join(folder, shard), { recursive: true });
      writeFileSync(join(folder, shard, name), 'x');
      utimesSync(join(folder, shard, name), time, time);
      return join(folder, shard, name);
    };
    const since = Date.now() - 1000;
    const stale = entry('aa', 'aa01.svg', past);
    const staleAlone = entry('bb', 'bb01.png', past);
    const halfWritten = entry('aa', 'aa02.svg.123.tmp', past);
    const fresh = entry('aa', 'aa03.svg', new Date());
    expect(evictUnused(folder, since)).toBe(3);
    expect([existsSync(stale), existsSync(staleAlone), existsSync(halfWritten), existsSync(fresh)]).toEqual([false, false, false, true]);
    expect(readdirSync(folder)).toEqual(['aa']);
    expect(evictUnused(join(folder, 'missing'), since)).toBe(0);
    rmSync(folder, { recursive: true, force: true });
  });

  it('marks an entry as used when a build reads it, so an unchanged drawing survives the clean-up', () => {
    const key = cacheKey('test', 'touched');
    let made = 0;
    const make = () => {
      made++;
      return '<svg/>';
    };
    cached(key, 'svg', make);
    const file = join(dir, key.slice(0, 2), `${key}.svg`);
    utimesSync(file, past, past); // as left by an earlier build
    const since = Date.now() - 1000;
    expect(cached(key, 'svg', make)).toBe('<svg/>');
    expect(made).toBe(1);
    expect(statSync(file).mtimeMs).toBeGreaterThanOrEqual(since);
    evictUnused(dir, since);
    expect(existsSync(file)).toBe(true);
  });

  it('makes an entry again when another build removed it meanwhile', () => {
    const key = cacheKey('test', 'removed');
    let made = 0;
    const make = () => {
      made++;
      return '<svg/>';
    };
    cached(key, 'svg', make);
    rmSync(join(dir, key.slice(0, 2), `${key}.svg`));
    expect(cached(key, 'svg', make)).toBe('<svg/>');
    expect(made).toBe(2);
  });

  it('finds the folder from TL_BUILD_CACHE, or none when it is off', () => {
    expect(cacheFolder({ TL_BUILD_CACHE: '/x/y' })).toBe('/x/y');
    expect(cacheFolder({ TL_BUILD_CACHE: 'off' })).toBeUndefined();
    expect(cacheFolder({})).toBe(join(process.cwd(), 'node_modules/.cache/tariff-ledger'));
  });
});
