// The preview-image step must draw any title an author can write. The chart SVG handed to it
// carries the title in its aria-label, where HTML serialisation leaves `>`, `<` and `&` raw.
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import type { ChartDefinition } from '../../src/charts/types';
import { ogImage, ogSvg } from '../../src/site/og-image';
import { rasterise } from '../../src/site/og-raster';
import { renderSvg } from '../../src/site/render-svg';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

describe('ogImage', () => {
  // A one-bar chart through the real render step, so the markup is serialised as on the site.
  const chart = {
    id: 'fixture',
    views: ['bars'],
    render: (_model: unknown, _view: string, { document, width }: { document: Document; width: number }) => {
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      for (const [k, v] of Object.entries({ width, height: 300, viewBox: `0 0 ${width} 300`, 'font-size': 10, 'font-family': 'system-ui' }))
        svg.setAttribute(k, String(v));
      const bar = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      for (const [k, v] of Object.entries({ x: 10, y: 10, width: 100, height: 200, fill: 'var(--accent)', 'aria-label': 'bar > 100' }))
        bar.setAttribute(k, String(v));
      const label = document.createElementNS('http://www.w3.org/2000/svg', 'text');
      label.textContent = '145% > 30% & <falling>';
      svg.append(bar, label);
      return svg;
    },
  } as unknown as ChartDefinition<unknown, string, unknown>;
  const svgWith = (label: string) => renderSvg(chart, {}, 'bars', { width: 680, idPrefix: 'og', label, params: {} });

  for (const title of ['Rates > 100% & rising', 'a < b', 'Tom & Jerry', 'He said "no" > \'yes\'', '<svg width="1">']) {
    it(`draws a chart titled ${JSON.stringify(title)}`, () => {
      const png = ogImage({ kicker: 'Story', title, chartSvg: svgWith(title) });
      expect(png.subarray(0, 4)).toEqual(PNG);
    });
  }

  it('draws titles with control characters XML cannot carry (pasted from other programs)', () => {
    for (const title of ['a\u0001b', 'tab\there', 'nul\u0000', 'x\uFFFF'])
      expect(ogImage({ kicker: 'Story', title, subtitle: `${title} summary`, chartSvg: svgWith(title) }).subarray(0, 4)).toEqual(PNG);
  });

  it('draws the chart band once and each page its own band, pixel for pixel as one drawing of the whole picture', () => {
    // The PNG is decoded by resvg itself (as an <image>), so the file is checked as any reader would read it.
    const decode = (png: Buffer) =>
      new Resvg(
        `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><image width="1200" height="630" href="data:image/png;base64,${png.toString('base64')}"/></svg>`,
      ).render().pixels;
    for (const options of [
      { kicker: 'Story', title: 'Rates > 100% & rising', chartSvg: svgWith('Rates') },
      {
        kicker: 'Chart',
        title: 'A title long enough to wrap onto a second line of the preview picture, so the chart moves',
        chartSvg: svgWith('x'),
      },
      { kicker: 'Story', title: 'No chart', subtitle: 'A summary in its place' },
    ]) {
      const png = ogImage(options);
      expect(png.readUInt32BE(16)).toBe(1200);
      expect(png.readUInt32BE(20)).toBe(630);
      expect(decode(png).equals(rasterise(ogSvg(options), 1200))).toBe(true);
    }
  });

  it('names the page and the part that could not be drawn', () => {
    expect(() => ogImage({ kicker: 'Story', title: 'x', chartSvg: '<svg><notclosed', where: 'content/stories/x.mdx' })).toThrow(
      /^content\/stories\/x\.mdx \(preview image, first chart\): .+\n {2}→ check the first chart/,
    );
  });
});
