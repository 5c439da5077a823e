import { describe, expect, it } from 'vitest';
import { chartJson, downloadBase } from '../../src/shared/chart-files';
import { dataPackage, fieldType } from '../../src/site/data-package';
import {
  EMBED_CONTENT_WIDTH,
  EMBED_NARROW_CONTENT_WIDTH,
  embedHeight,
  embedHeightAt,
  lineCount,
  readoutHeight,
} from '../../src/site/embed-size';

const layout = {
  title: 'US and Chinese tariffs on each other’s goods rose to 145% and 125% in April 2025, then fell after Geneva',
  sourceParts: ['Source: US executive orders 14195, 14228 and 14257', 'As of 20 Feb 2026. Chart page, data and downloads'],
  drawing: { width: 680, height: 374 },
  controls: 0,
  readout: 0,
};

describe('embed height', () => {
  it('wraps whole words: a long title takes more lines in a narrower frame', () => {
    expect(lineCount('short', 16, 680)).toBe(1);
    expect(lineCount(layout.title, 16.8, 680)).toBe(2);
    expect(lineCount(layout.title, 16.8, 300)).toBeGreaterThan(3);
  });

  it('grows with the drawing, the controls and the readout, and covers at least the drawing and title', () => {
    const base = embedHeight(layout);
    expect(base).toBeGreaterThan(374 + 44);
    expect(embedHeight({ ...layout, drawing: { width: 680, height: 1614 } })).toBe(base + 1614 - 374);
    expect(embedHeight({ ...layout, controls: 3 })).toBeGreaterThan(base);
    expect(embedHeight({ ...layout, readout: 200 })).toBeGreaterThan(embedHeight({ ...layout, readout: 72 }));
  });

  it('fits the narrowest course column too: a wordy view with a short drawing and controls needs more room there', () => {
    const wordy = {
      ...layout,
      title: 'word '.repeat(36).trim(),
      sourceParts: ['Source: '.concat('word '.repeat(110).trim()), 'As of 30 Nov 2026. Chart page, data and downloads'],
      drawing: { width: 680, height: 260 },
      controls: 3,
    };
    const narrow = embedHeightAt(wordy, EMBED_NARROW_CONTENT_WIDTH);
    expect(narrow).toBeGreaterThan(embedHeightAt(wordy, EMBED_CONTENT_WIDTH));
    expect(embedHeight(wordy)).toBe(narrow);
  });

  it('reserves room for the tallest readout, never less than its CSS minimum', () => {
    expect(readoutHeight([])).toBe(0);
    const short = { heading: '10 Apr 2025', lines: ['145%'], citations: [] };
    const long = {
      heading: '10 Apr 2025',
      lines: ['145%', 'The reciprocal rate rose'],
      citations: [{ label: 'EO 14266', quote: 'x '.repeat(200) }],
    };
    expect(readoutHeight([short])).toBe(72);
    expect(readoutHeight([short, long])).toBeGreaterThan(120);
  });
});

describe('chart files', () => {
  it('names a download after its view and settings, sorted and safe for any file system', () => {
    expect(downloadBase('tariff-stack', 'stack')).toBe('tariff-stack-stack');
    expect(downloadBase('tariff-stack', 'stack', { product: 'steel/alu', partner: 'JP' })).toBe(
      'tariff-stack-stack-partner-JP-product-steel_alu',
    );
  });

  it('writes one JSON layout: what it is, then columns and rows', () => {
    const meta = { chart: 'c', view: 'v', title: 't', url: 'u', params: {}, asOf: '2025-01-01', source: 's', license: 'l' };
    const json = JSON.parse(chartJson(meta, [{ name: 'Rate, %', numeric: true }], [{ 'Rate, %': 10 }]));
    expect(Object.keys(json)).toEqual(['chart', 'view', 'title', 'url', 'params', 'asOf', 'source', 'license', 'columns', 'rows']);
  });
});

describe('data package', () => {
  it('types a column by every value in it', () => {
    expect(fieldType([1, 2, null])).toBe('integer');
    expect(fieldType([1, 2.5])).toBe('number');
    expect(fieldType(['2025-04-10', ''])).toBe('date');
    expect(fieldType(['2025-04-10', 'soon'])).toBe('string');
    expect(fieldType([true, false])).toBe('boolean');
    expect(fieldType([null, undefined])).toBe('string');
  });

  it('describes each resource with licence, sources, as-of and typed fields with units', () => {
    const pkg = dataPackage({ name: 'p', title: 'P', homepage: 'https://example.org/', created: '2026-01-01T00:00:00Z' }, [
      {
        name: 'rates',
        path: 'rates.csv',
        title: 'Rates',
        description: 'Rates by day.',
        asOf: '2026-01-01',
        license: 'CC BY 4.0 (compilation)',
        sources: [{ title: 'EO 14257' }],
        columns: [{ name: 'date' }, { name: 'rate (%)', unit: '%' }],
        rows: [{ date: '2025-04-10', 'rate (%)': 145 }],
      },
    ]);
    expect(pkg.resources[0]).toMatchObject({
      licenses: [{ name: 'CC-BY-4.0' }],
      schema: {
        fields: [
          { name: 'date', type: 'date' },
          { name: 'rate (%)', type: 'integer', unit: '%' },
        ],
      },
    });
  });
});
