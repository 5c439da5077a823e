import { describe, expect, it } from 'vitest';
import { koreaExposure } from '../../src/charts/korea-exposure';
import { loadDatasets } from '../../src/provenance/dataset-loader';
import { readSourceTexts } from '../../src/provenance/source-texts';
import { sourceSchema } from '../../src/schemas/source';
import { makeCitationResolver } from '../../src/site/citations';
import { datasetAccess } from '../../src/site/dataset-access';
import { renderSvg } from '../../src/site/render-svg';

const data = datasetAccess(loadDatasets());
const sources = new Map([...readSourceTexts()].map(([id, s]) => [id, sourceSchema.parse(s.frontmatter)]));
const cite = makeCitationResolver(data('references').records, sources);
const model = koreaExposure.model(data, cite);
const records = data('korea-exposure').records;

describe('korea-exposure', () => {
  it('draws one bar per sector export figure to the US, largest first', () => {
    const values = model.bars.map((b) => b.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(model.bars.map((b) => b.id)).not.toContain('k-beauty-global-exports-2024');
    expect(model.bars.map((b) => b.id)).not.toContain('steel-export-loss');
    const sectorExports = records.filter((r) => r.topic === 'sector-exports' && (r.unit === 'usd-billions' || r.unit === 'percent'));
    expect(model.bars).toHaveLength(sectorExports.length - 1);
  });

  it('turns the autos share into dollars of the essay’s total and flags it as a computation', () => {
    const autos = model.bars.find((b) => b.id === 'autos-share-of-exports-2024');
    const share = records.find((r) => r.id === 'autos-share-of-exports-2024')?.value as number;
    const total = records.find((r) => r.id === 'exports-to-us-2024')?.value as number;
    expect(autos?.value).toBeCloseTo((total * share) / 100, 2);
    expect(autos?.computed?.words).toBe('a third');
    expect(koreaExposure.table(model, 'sectors', {} as never).rows[0]?.as_given).toContain('our computation');
  });

  it('gives each bar the tariff the essay names, and a stop with the essay’s quote', () => {
    const stops = koreaExposure.stops?.(model, 'sectors', {} as never) ?? [];
    expect(stops).toHaveLength(model.bars.length);
    for (const [n, stop] of stops.entries()) {
      expect(stop.i).toBe(n);
      expect(stop.citations.some((c) => c.quote)).toBe(true);
      expect(stop.lines.some((l) => l.startsWith('Tariff:'))).toBe(true);
    }
    const svg = renderSvg(koreaExposure, model, 'sectors', { width: 340, idPrefix: 'k', label: 'x' });
    expect(svg.match(/class="tl-stop"/g)).toHaveLength(model.bars.length);
  });

  it('puts the jobs and firm figures in the description', () => {
    const description = koreaExposure.figure(model, 'sectors', {} as never).description;
    for (const r of records.filter((x) => x.topic === 'jobs' || x.topic === 'firm')) expect(description).toContain(r.label);
    expect(description).toContain('335,600 people');
  });
});

describe('korea-exposure: figures as the essay gives them', () => {
  it('writes years as labels ("2024", not "2,024") and millions as millions ("4.1 million", not "4,100,000")', () => {
    const rows = koreaExposure.table(model, 'sectors', {}).rows;
    for (const r of rows) expect(typeof r.year).toBe('string');
    expect(rows.some((r) => r.year === '2024')).toBe(true);
    const stops = koreaExposure.stops?.(model, 'sectors', {}) ?? [];
    const text = JSON.stringify([koreaExposure.figure(model, 'sectors', {}), stops]);
    expect(text).not.toContain('4,100,000');
    expect(text).toContain('4.1 million vehicles');
  });
});
