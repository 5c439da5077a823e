// The readout data of the interactive charts (what hover, tap and the arrow keys show) is a static
// file per chart view, fetched on the reader's first approach, not an island in every page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/registry';
import { DIST, existsInDist, htmlPages, readPage } from '../support/dist';

const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const withCharts = htmlPages().filter((path) => readPage(path).querySelector('tl-chart[data-interactive]'));

describe('readout files', () => {
  it('some pages have interactive charts', () => {
    expect(withCharts.length).toBeGreaterThan(10);
  });

  it.each(withCharts)('%s: every interactive chart names a readout file that exists and holds its stops; none is inline', (path) => {
    for (const chart of readPage(path).querySelectorAll('tl-chart[data-interactive]')) {
      const id = chart.getAttribute('data-chart') ?? '';
      // A chart whose params change its stops keeps them inline (none does today).
      if (charts[id as keyof typeof charts]?.params) continue;
      expect(chart.querySelector('script.tl-stops'), `${path} ${id}`).toBeNull();
      const url = chart.getAttribute('data-readout') ?? '';
      expect(url, `${path} ${id}`).toMatch(new RegExp(`^${base}charts/${id}/readout/[0-9a-f]{10}\\.json$`));
      const file = url.slice(base.length - 1);
      expect(existsInDist(file), url).toBe(true);
      const stops = JSON.parse(readFileSync(join(DIST, file), 'utf8')) as { i: number; heading: string }[];
      expect(stops.map((s) => s.i)).toEqual(stops.map((_, k) => k));
      expect(Number(chart.getAttribute('data-stops'))).toBe(stops.length);
      for (const stop of stops) expect(stop.heading).toBeTruthy();
    }
  });

  it('a scrolly chart and prose numbers can name points before the file loads: keys are in the page', () => {
    const chart = readPage('/stories/from-145-to-30/').querySelector('tl-scrolly tl-chart');
    const keys = JSON.parse(chart?.getAttribute('data-keys') ?? '[]') as (string | null)[];
    expect(keys.length).toBe(Number(chart?.getAttribute('data-stops')));
    expect(keys).toContain('us-2025-04-10');
  });

  it('the heaviest essay keeps both drawings of each chart and no hit shapes', () => {
    const page = readPage('/stories/the-deficit-that-grew/');
    for (const chart of page.querySelectorAll('tl-chart[data-interactive]')) {
      expect(chart.querySelectorAll('.svg-compact svg, .svg-wide svg')).toHaveLength(2);
      // Dots are the lines' markers; points are the vertices of `data-points` lines.
      expect(chart.querySelectorAll('path[data-points]').length).toBeGreaterThan(0);
      expect(chart.querySelectorAll('[fill="transparent"], .tl-hit')).toHaveLength(0);
    }
  });
});
