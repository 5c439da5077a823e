import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { charts } from '../../charts/registry';
import { recordUnits } from '../../provenance/schema-units';
import { type DatasetId, datasetSchemas } from '../../schemas/datasets';
import { flatten } from '../../shared/csv';
import { allChartViews, chartRows } from '../../site/chart-views';
import { dataPackage, type PackageResourceInput, type PackageSource } from '../../site/data-package';
import { absoluteUrl } from '../../site/paths';
import { SITE } from '../../site/site';
import { getSiteData } from '../../site/site-data';

/**
 * /data/datapackage.json: every dataset CSV (/data/<id>.csv) and every chart view's CSV
 * (/data/charts/<id>/<view>.csv), each with its title, sources, licence, as-of date and fields.
 * Paths are relative to this file, as the spec recommends, so a copied folder still resolves.
 */
export const GET: APIRoute = async ({ site }) => {
  const [datasets, sources] = await Promise.all([getCollection('datasets'), getCollection('sources')]);
  const references = new Map((await getSiteData()).data('references').records.map((r) => [r.id, r]));
  const articles = new Map(sources.map((s) => [s.id, s.data]));
  const sourcesOf = (records: readonly unknown[]): PackageSource[] => {
    const seen = new Map<string, PackageSource>();
    const visit = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') {
        const v = value as Record<string, unknown>;
        if (typeof v.doc === 'string' && references.has(v.doc)) {
          const r = references.get(v.doc);
          if (r)
            seen.set(`doc:${r.id}`, { title: r.identifier ? `${r.identifier}: ${r.title}` : r.title, ...(r.url ? { path: r.url } : {}) });
        } else if (typeof v.source === 'string' && articles.has(v.source)) {
          const a = articles.get(v.source);
          if (a) seen.set(`src:${v.source}`, { title: `${a.publisher}: ${a.title}`, ...(a.url ? { path: a.url } : {}) });
        } else Object.values(v).forEach(visit);
      }
    };
    visit(records);
    return [...seen.values()];
  };

  const resources: PackageResourceInput[] = [];
  const datasetSources = new Map<string, PackageSource[]>();
  for (const d of datasets) {
    // The collection's schema (src/content.config.ts) types what every dataset shares.
    const { data } = d;
    const units = recordUnits(datasetSchemas[d.id as DatasetId]);
    // The same headers as /data/<id>.csv: dotted names, the unit in brackets where declared.
    const header = (key: string) => (units.has(key) ? `${key} (${units.get(key)})` : key);
    const rows = data.records.map((record) => Object.fromEntries(Object.entries(flatten(record)).map(([k, v]) => [header(k), v])));
    const keys = [...new Set(data.records.flatMap((record) => Object.keys(flatten(record))))];
    const found = d.id === 'references' ? [] : sourcesOf(data.records);
    datasetSources.set(d.id, found);
    resources.push({
      name: d.id,
      path: `${d.id}.csv`,
      title: data.title,
      description: `${data.description} Units: ${data.units}.`,
      asOf: data.asOf,
      license: data.license,
      sources: found,
      columns: keys.map((k) => {
        const unit = units.get(k);
        return unit ? { name: header(k), unit } : { name: header(k) };
      }),
      rows,
    });
  }
  for (const v of await allChartViews()) {
    const table = await chartRows(v.id, v.view);
    const chartDatasets = charts[v.id].datasets as readonly string[];
    resources.push({
      name: `chart-${v.id}-${v.view}`,
      path: `charts/${v.id}/${v.view}.csv`,
      title: `${v.figure.title} (rows of the chart ${v.id}, view ${v.view})`,
      description: `The rows the chart shows in its default state. Source: ${v.figure.sourceLine}`,
      asOf: v.figure.asOf,
      license: `${SITE.licence.name} (compilation); see the datasets ${chartDatasets.join(', ')} for the terms of their sources`,
      sources: chartDatasets
        .flatMap((id) => datasetSources.get(id) ?? [])
        .filter((s, i, all) => all.findIndex((o) => o.title === s.title) === i),
      // Chart tables name a numeric column's unit after its last comma: "US rate on China, %".
      columns: table.columns.map((c) => {
        const unit = c.numeric ? /, ([^,]+)$/.exec(c.label)?.[1] : undefined;
        return unit ? { name: c.label, unit } : { name: c.label };
      }),
      rows: table.rows.map((row) => Object.fromEntries(table.columns.map((c) => [c.label, row[c.key] ?? null]))),
    });
  }
  const body = dataPackage(
    {
      name: 'tariff-ledger',
      title: `${SITE.name}: datasets and chart data`,
      homepage: absoluteUrl('/', site),
      created: maxDate(resources.map((r) => r.asOf)),
    },
    resources,
  );
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

/** The package is as new as its newest data (no clock at build time). */
function maxDate(dates: string[]): string {
  return `${[...dates].sort().at(-1) ?? '1970-01-01'}T00:00:00Z`;
}
