import type { APIRoute } from 'astro';
import type { ChartVersion } from '../../../../../../schemas/chart-version';
import { versionCsv, versionViewPaths } from '../../../../../../site/version-files';

/** The rows of an archived chart version, as CSV; built from the frozen version file only. */
export const getStaticPaths = versionViewPaths;
export const GET: APIRoute = ({ props }) =>
  new Response(versionCsv(props.version as ChartVersion, props.view as string), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
