import { getCollection } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';
import { recordUnits } from '../../provenance/schema-units';
import { type DatasetId, datasetSchemas } from '../../schemas/datasets';
import { flatten, toCsv } from '../../shared/csv';

/**
 * Every dataset as CSV: one row per record, nested fields as dotted columns, and the unit in the
 * header of each column that has one ("rate (%)", "balance (US$ millions)").
 */
export const getStaticPaths = (async () => {
  const datasets = await getCollection('datasets');
  return datasets.map((d) => ({ params: { id: d.id }, props: { records: d.data.records } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const units = recordUnits(datasetSchemas[params.id as DatasetId]);
  const rows = (props.records as unknown[]).map((record) => {
    const flat = flatten(record);
    return Object.fromEntries(Object.entries(flat).map(([key, value]) => [units.has(key) ? `${key} (${units.get(key)})` : key, value]));
  });
  return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
