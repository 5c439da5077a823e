import { parseHTML } from 'linkedom';
import { defaultParams } from '../charts/default-params';
import type { ChartDefinition } from '../charts/types';

/** A fresh server-side document for one chart render. */
export function createDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

/**
 * Renders one view of a chart to SVG markup at a given width, then makes the output
 * deterministic and accessible:
 * - ids get the figure's prefix and a counter (Plot's own ids come from a global counter);
 * - Plot's `<style>` block is dropped (its rules live in our CSS, so pages need no inline styles);
 * - `aria-label`s on inner groups are removed: the SVG is one image with one label, and axe
 *   flags labels on groups without a role.
 */
export function renderSvg<Model, View extends string, Params>(
  chart: ChartDefinition<Model, View, Params>,
  model: Model,
  view: View,
  options: { width: number; idPrefix: string; label: string; params?: Params },
): string {
  const document = createDocument();
  const params = options.params ?? defaultParams(chart);
  const svg = chart.render(model, view, { document, width: options.width, idPrefix: options.idPrefix, params });
  for (const style of Array.from(svg.querySelectorAll('style'))) style.remove();
  for (const node of Array.from(svg.querySelectorAll('[aria-label], [aria-description]'))) {
    node.removeAttribute('aria-label');
    node.removeAttribute('aria-description');
  }
  // SVG presentation attributes accept only some CSS values: font weights in hundreds, and no
  // font-variant keywords (tabular figures come from our CSS instead).
  for (const node of Array.from(svg.querySelectorAll('[font-weight]'))) {
    const weight = Number(node.getAttribute('font-weight'));
    if (Number.isFinite(weight)) node.setAttribute('font-weight', String(Math.min(900, Math.max(100, Math.round(weight / 100) * 100))));
  }
  for (const node of Array.from(svg.querySelectorAll('[font-variant]'))) node.removeAttribute('font-variant');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', options.label);
  svg.setAttribute('class', `tl-svg ${chart.id}`);
  svg.removeAttribute('style');
  // Sub-pixel digits beyond 1/100 px change nothing on screen and cost bytes in every page.
  return renameIds(svg.outerHTML, options.idPrefix).replace(/(\d+\.\d{2})\d+/g, '$1');
}

/** Rewrites every id and reference to it as `<prefix>-<n>`, in order of appearance. */
function renameIds(markup: string, prefix: string): string {
  const ids = [...markup.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string);
  let out = markup;
  ids.forEach((id, n) => {
    const next = `${prefix}-${n}`;
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out
      .replace(new RegExp(`id="${escaped}"`, 'g'), `id="${next}"`)
      .replace(new RegExp(`url\\(#${escaped}\\)`, 'g'), `url(#${next})`)
      .replace(new RegExp(`href="#${escaped}"`, 'g'), `href="#${next}"`);
  });
  return out;
}
