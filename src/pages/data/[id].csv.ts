import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { toCsv } from '../../lib/csv';

/** Every dataset as CSV: one row per record, nested fields as dotted columns. */
export const getStaticPaths = (async () => {
  const datasets = await getCollection('datasets');
  return datasets.map((d) => ({ params: { id: d.id }, props: { records: (d.data as { records: unknown[] }).records } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(toCsv(props.records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
