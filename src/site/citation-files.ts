import { chartIds, charts } from '../charts/registry';
import type { CitableChart } from '../shared/cite-formats';
import { chartVersions, publishedDate } from './chart-versions';
import { allChartViews } from './chart-views';
import { absoluteUrl } from './paths';
import { SITE } from './site';

/** One citation file per chart view: /cite/<id>/<view>.ris|.bib|.csl.json. */
export async function citeStaticPaths() {
  const views = await allChartViews();
  return views.map((v) => {
    const chart: Omit<CitableChart, 'url'> & { path: string } = {
      title: v.figure.title,
      site: SITE.name,
      path: `/charts/${v.id}/${v.view === charts[v.id].views[0] ? '' : `?view=${v.view}`}`,
      published: publishedDate(v.id),
      asOf: v.figure.asOf,
      id: v.id,
      view: v.view,
    };
    return { params: { id: v.id, view: v.view }, props: { chart } };
  });
}

/** The citable chart of a file, its address from SITE_URL (a file has no page to follow). */
export function citable(props: { chart: Omit<CitableChart, 'url'> & { path: string } }, site: URL | undefined): CitableChart {
  const { path, ...rest } = props.chart;
  return { ...rest, url: absoluteUrl(path, site) };
}

/** The same files for every archived version: /cite/<id>/v/<date>/<view>.ris|.bib|.csl.json. */
export function versionCitePaths() {
  return chartIds.flatMap((id) =>
    chartVersions(id).flatMap((version) =>
      version.views.map((v) => {
        const chart: Omit<CitableChart, 'url'> & { path: string } = {
          title: v.figure.title,
          site: SITE.name,
          path: `/charts/${id}/v/${version.date}/${v.view === charts[id].views[0] ? '' : `?view=${v.view}`}`,
          published: version.date,
          asOf: v.figure.asOf,
          id,
          view: v.view,
        };
        return { params: { id, date: version.date, view: v.view }, props: { chart } };
      }),
    ),
  );
}
