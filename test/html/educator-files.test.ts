import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/registry';
import { DIST, readPage } from '../support/dist';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const chartIds = Object.keys(charts);

/**
 * The Frictionless Data Package spec (v1) as a schema: what it requires of a package, a tabular
 * resource and a Table Schema field. Strict where the spec is (names, relative paths, types).
 */
const field = z.object({
  name: z.string().min(1),
  type: z.enum([
    'string',
    'number',
    'integer',
    'boolean',
    'object',
    'array',
    'date',
    'time',
    'datetime',
    'year',
    'yearmonth',
    'duration',
    'geopoint',
    'geojson',
    'any',
  ]),
  unit: z.string().optional(),
});
const licence = z
  .object({ name: z.string().optional(), path: z.string().optional(), title: z.string().optional() })
  .refine((l) => l.name || l.path, 'a licence needs a name or a path');
const resource = z.object({
  profile: z.literal('tabular-data-resource'),
  name: z.string().regex(/^[a-z0-9._-]+$/),
  path: z.string().refine((p) => !p.startsWith('/') && !p.includes('..') && !/^[a-z]+:/.test(p), 'a relative path inside the package'),
  title: z.string().min(5),
  description: z.string().min(10),
  format: z.literal('csv'),
  mediatype: z.literal('text/csv'),
  encoding: z.literal('utf-8'),
  licenses: z.array(licence).min(1),
  sources: z.array(z.object({ title: z.string().min(1), path: z.string().optional() })),
  asOf: z.iso.date(),
  schema: z.object({ fields: z.array(field).min(1) }),
});
const dataPackage = z.object({
  profile: z.literal('tabular-data-package'),
  name: z.string().regex(/^[a-z0-9._-]+$/),
  title: z.string(),
  homepage: z.url(),
  created: z.iso.datetime(),
  licenses: z.array(licence).min(1),
  resources: z.array(resource).min(1),
});

describe('/data/datapackage.json', () => {
  const pkg = dataPackage.parse(JSON.parse(read('data/datapackage.json')));

  it('describes every CSV the site publishes, each with sources where it has them', () => {
    const datasetCsvs = readdirSync(join(DIST, 'data')).filter((f) => f.endsWith('.csv'));
    const chartCsvs = chartIds.flatMap((id) =>
      readdirSync(join(DIST, 'data/charts', id))
        .filter((f) => f.endsWith('.csv'))
        .map((f) => `charts/${id}/${f}`),
    );
    expect(pkg.resources.map((r) => r.path).sort()).toEqual([...datasetCsvs, ...chartCsvs].sort());
    expect(pkg.resources.find((r) => r.name === 'us-china-tariffs')?.sources.some((s) => s.title.startsWith('EO 14'))).toBe(true);
  });

  it('lists each file’s columns in order, with types that fit every value and the units declared', () => {
    for (const r of pkg.resources) {
      const [header = [], ...rows] = csvParseRows(read(join('data', r.path)));
      expect(
        r.schema.fields.map((f) => f.name),
        r.path,
      ).toEqual(header);
      r.schema.fields.forEach((f, i) => {
        const values = rows.map((row) => row[i] ?? '').filter((v) => v !== '');
        if (f.type === 'integer')
          expect(
            values.every((v) => /^-?\d+$/.test(v)),
            `${r.path} ${f.name}`,
          ).toBe(true);
        if (f.type === 'number')
          expect(
            values.every((v) => !Number.isNaN(Number(v))),
            `${r.path} ${f.name}`,
          ).toBe(true);
        if (f.type === 'date')
          expect(
            values.every((v) => /^\d{4}-\d{2}-\d{2}$/.test(v)),
            `${r.path} ${f.name}`,
          ).toBe(true);
      });
    }
    expect(pkg.resources.find((r) => r.name === 'us-china-tariffs')?.schema.fields.find((f) => f.name.startsWith('rate'))).toMatchObject({
      // 12.5 (the Section 301 tier of 2026) makes the rate column a number, not an integer.
      type: 'number',
      unit: '%',
    });
  });
});

describe('oEmbed', () => {
  const oembed = z.object({
    version: z.literal('1.0'),
    type: z.literal('rich'),
    html: z.string().regex(/^<iframe src="https?:\/\/[^"]+\/embed\/[a-z0-9-]+\/" title="[^"]+" width="\d+" height="\d+"[^>]*><\/iframe>$/),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    title: z.string().min(5),
    provider_name: z.string(),
    provider_url: z.url(),
    thumbnail_url: z.url(),
    thumbnail_width: z.number().int(),
    thumbnail_height: z.number().int(),
  });

  it.each(chartIds)('%s: the chart page links a rich oEmbed file whose iframe carries the embed height', (id) => {
    const link = readPage(`/charts/${id}/`).querySelector('link[rel="alternate"][type="application/json+oembed"]');
    const href = link?.getAttribute('href') ?? '';
    expect(href).toMatch(new RegExp(`^https?://[^/]+/(.*/)?oembed/charts/${id}\\.json$`));
    const body = oembed.parse(JSON.parse(read(new URL(href).pathname.replace(/^\/(tariffs\/)?/, ''))));
    const embed = readPage(`/embed/${id}/`).querySelector('.view-panel');
    expect(body.height).toBe(Number(embed?.getAttribute('data-embed-height')));
    expect(body.html).toContain(`height="${body.height}"`);
  });
});

describe('citation files', () => {
  it.each(chartIds)('%s: RIS, BibTeX and CSL-JSON for every view, one key each', (id) => {
    const keys = new Set<string>();
    for (const view of charts[id as keyof typeof charts].views) {
      const bib = read(`cite/${id}/${view}.bib`);
      const key = /^@misc\{([^,]+),/.exec(bib)?.[1] ?? '';
      keys.add(key);
      expect(read(`cite/${id}/${view}.ris`)).toContain(`ID  - ${key}`);
      expect(JSON.parse(read(`cite/${id}/${view}.csl.json`))[0].id).toBe(key);
    }
    expect(keys.size).toBe(charts[id as keyof typeof charts].views.length);
  });
});
