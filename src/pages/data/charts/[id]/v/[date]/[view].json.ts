import type { APIRoute } from 'astro';
import type { ChartVersion } from '../../../../../../schemas/chart-version';
import { versionJson, versionViewPaths } from '../../../../../../site/version-files';

/** The rows of an archived chart version, as JSON; built from the frozen version file only. */
export const getStaticPaths = versionViewPaths;
export const GET: APIRoute = ({ props, site }) =>
  new Response(versionJson(props.version as ChartVersion, props.view as string, site), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
