// The Plot wrapper on fixture data: what it draws follows the site's conventions before
// render-svg sees it (no <style>, no labels on inner groups, no font-variant, palette grid,
// tagged stops), and render-svg then only labels the root, prefixes ids and rounds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { plotFigure, tagStops } from '../../src/charts/shared/plot-figure';
import type { ChartDefinition } from '../../src/charts/types';
import { createDocument, renderSvg } from '../../src/site/render-svg';

const points = [
  { i: 0, day: new Date('2025-01-01'), rate: 10, value: '10%' },
  { i: 1, day: new Date('2025-04-10'), rate: 145, value: '145%' },
  { i: 2, day: new Date('2025-05-14'), rate: 30, value: '' },
];

const draw = (document = createDocument(), width = 680) =>
  plotFigure(
    {
      x: { type: 'utc', label: null, ticks: 3 },
      y: { domain: [0, 160], label: 'Rate, %', grid: true, ticks: 4 },
      marks: [
        Plot.line(points, { x: 'day', y: 'rate' }),
        // A composite, as Plot.axisX and friends are: its parts are quietened too.
        Plot.marks(Plot.ruleY([0]), Plot.text(points, { x: 'day', y: 'rate', text: 'value' })),
        Plot.dot(points, tagStops(points, { x: 'day', y: 'rate', r: 4 } as Plot.DotOptions, { attrs: (d) => ({ 'data-value': d.value }) })),
        // A clipped mark makes Plot add a clip path with an id of its own.
        Plot.areaY(points, { x: 'day', y: 'rate', clip: true, fillOpacity: 0.1 }),
      ],
    },
    { document, width, height: 300 },
  );

describe('plotFigure', () => {
  it('leaves out Plot’s <style> block and inline style', () => {
    const svg = draw();
    expect(svg.querySelectorAll('style')).toHaveLength(0);
    expect(svg.hasAttribute('style')).toBe(false);
  });

  it('puts no aria-label or aria-description on any element, axes and composites included', () => {
    const svg = draw();
    expect(svg.querySelectorAll('[aria-label], [aria-description]')).toHaveLength(0);
    // The marks are all there: line, rule, three labels, three dots, area, two axes and a grid.
    expect(svg.querySelectorAll('circle')).toHaveLength(3);
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts).toContain('145%');
    expect(texts.some((t) => t.includes('Rate, %'))).toBe(true);
  });

  it('draws axes in the palette with no font-variant attribute', () => {
    const svg = draw();
    expect(svg.querySelectorAll('[font-variant]')).toHaveLength(0);
    expect(svg.querySelector('[stroke="var(--c-grid)"]')).not.toBeNull();
    expect(svg.querySelector('[fill="var(--text-muted)"]')).not.toBeNull();
  });

  it('draws an axis on both sides when asked, the second unlabelled, both quiet', () => {
    const svg = plotFigure(
      { x: { domain: [0, 50], axis: 'both', ticks: [0, 25, 50], label: 'Rate' }, marks: [Plot.dot(points, { x: 'rate' })] },
      { document: createDocument(), width: 340, height: 120 },
    );
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts.filter((t) => t === '25')).toHaveLength(2);
    expect(texts.filter((t) => t.includes('Rate'))).toHaveLength(1);
    expect(svg.querySelectorAll('[aria-label]')).toHaveLength(0);
  });

  it('tags each stop’s mark with data-i, tl-stop and the extra attributes, skipping empty ones', () => {
    const stops = [...draw().querySelectorAll('.tl-stop')];
    expect(stops.map((s) => s.getAttribute('data-i'))).toEqual(['0', '1', '2']);
    expect(stops.map((s) => s.getAttribute('data-value'))).toEqual(['10%', '145%', null]);
    expect(stops.every((s) => s.tagName.toLowerCase() === 'circle')).toBe(true);
  });

  it('keeps a mark’s own render transform when tagging it', () => {
    const svg = plotFigure(
      {
        marks: [
          Plot.dot(
            points,
            tagStops(points, {
              x: 'day',
              y: 'rate',
              render: (index, scales, values, dimensions, context, next) => {
                const g = next?.(index, scales, values, dimensions, context) ?? null;
                g?.setAttribute('data-own', 'yes');
                return g;
              },
            }),
          ),
        ],
      },
      { document: createDocument(), width: 340, height: 200 },
    );
    expect(svg.querySelector('[data-own="yes"]')?.querySelectorAll('[data-i]')).toHaveLength(3);
  });
});

describe('renderSvg of a Plot chart', () => {
  const chart = {
    id: 'fixture-plot',
    render: (_model: unknown, _view: string, { document, width }: { document: Document; width: number }) => draw(document, width),
  } as unknown as ChartDefinition<unknown, 'only'>;

  it('labels only the root and prefixes every id, references included', () => {
    const svg = renderSvg(chart, {}, 'only', { width: 340, idPrefix: 'fig-x', label: 'A fixture', params: {} as never });
    expect(svg.match(/aria-label="[^"]*"/g)).toEqual(['aria-label="A fixture"']);
    const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^fig-x-\d+$/);
    for (const [, ref] of svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref);
    expect(svg).not.toContain('<style');
  });
});

describe('one way to draw with Plot', () => {
  it('calls Plot.plot only in the wrapper: every Plot chart gets the conventions', () => {
    const files = (readdirSync('src', { recursive: true }) as string[]).filter((f) => /\.(ts|astro)$/.test(f)).map((f) => join('src', f));
    const callers = files.filter((f) => /\bPlot\.plot\(|\.plot\(\{/.test(readFileSync(f, 'utf8')));
    expect(callers).toEqual([join('src', 'charts', 'shared', 'plot-figure.ts')]);
  });
});
