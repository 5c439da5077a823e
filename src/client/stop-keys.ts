/**
 * The record ids a chart's points stand for, by point index, read from the page: `data-keys` on
 * <tl-chart> (written by Chart.astro), or the stops themselves where they are inline. Scrolly steps
 * and numbers in the prose use them to point at a point before any readout data has loaded.
 */
export function stopIndexByKey(chart: HTMLElement): Map<string, number> {
  const inline = chart.querySelector('script.tl-stops')?.textContent;
  const keys: (string | null | undefined)[] = inline
    ? (JSON.parse(inline) as { key?: string }[]).map((s) => s.key)
    : (JSON.parse(chart.dataset.keys ?? '[]') as (string | null)[]);
  return new Map(keys.flatMap((key, i) => (key ? [[key, i] as const] : [])));
}
