import type { Locator } from 'playwright-core';

/** A chart's readout data, as its <tl-chart> loads it: from the file `data-readout` names, or inline. */
export interface ReadoutStop {
  i: number;
  key?: string;
  heading: string;
  lines: string[];
  citations: { label: string; quote?: string; href?: string }[];
}

/** The stops of a <tl-chart> (its readout file is fetched by the page, so from the page's origin). */
export function readoutStops(chart: Locator): Promise<ReadoutStop[]> {
  return chart.evaluate(async (el) => {
    const inline = el.querySelector('script.tl-stops')?.textContent;
    if (inline) return JSON.parse(inline);
    const response = await fetch(el.getAttribute('data-readout') ?? '');
    if (!response.ok) throw new Error(`readout ${el.getAttribute('data-readout')}: ${response.status}`);
    return response.json();
  });
}
