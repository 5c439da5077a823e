import { getCollection } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';

/** Every dataset as JSON, exactly as validated (records with their citations). */
export const getStaticPaths = (async () => {
  const datasets = await getCollection('datasets');
  return datasets.map((d) => ({ params: { id: d.id }, props: { data: d.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(props.data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
