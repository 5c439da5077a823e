/**
 * <tl-explorer>: the browser half of an explorer chart. The build renders the default state as
 * SVG; this element wires the form controls, re-renders the SVG (phone and column widths) with the
 * chart's own Plot-free renderer, refreshes the data table and announces the result.
 * A chart's client module calls `registerExplorer(id, renderer)`.
 */

import { readQuery } from '../shared/url-state';

export interface ExplorerTable {
  columns: { key: string; label: string; numeric?: boolean }[];
  rows: Record<string, string | number | null>[];
}

export interface ExplorerRenderer<Model = unknown, Params extends Record<string, string> = Record<string, string>> {
  render: (model: Model, params: Params, context: { document: Document; width: number; idPrefix: string }) => SVGSVGElement;
  table: (model: Model, params: Params) => ExplorerTable;
  /** One sentence for the live region, e.g. "Japan, cars, 9 July 2025: 27.5% in all." */
  announce: (model: Model, params: Params) => string;
  /** Makes a partial or stale set of params valid (e.g. a date outside the range). */
  normalise?: (model: Model, params: Params) => Params;
}

const renderers = new Map<string, ExplorerRenderer>();
const waiting = new Map<string, ((r: ExplorerRenderer) => void)[]>();

export function registerExplorer<M, P extends Record<string, string>>(id: string, renderer: ExplorerRenderer<M, P>) {
  renderers.set(id, renderer as unknown as ExplorerRenderer);
  for (const resolve of waiting.get(id) ?? []) resolve(renderer as unknown as ExplorerRenderer);
  waiting.delete(id);
}

function rendererFor(id: string): Promise<ExplorerRenderer> {
  const found = renderers.get(id);
  if (found) return Promise.resolve(found);
  return new Promise((resolve) => waiting.set(id, [...(waiting.get(id) ?? []), resolve]));
}

const WIDTHS = { compact: 340, wide: 680 } as const;

export class TlExplorer extends HTMLElement {
  #model: unknown;
  #renderer: ExplorerRenderer | undefined;
  #params: Record<string, string> = {};

  async connectedCallback() {
    // Its own model, or the one another figure of the same chart view carries on this page.
    const json =
      this.querySelector('script.tl-model') ??
      document.querySelector(`script.tl-model[data-model="${CSS.escape(this.dataset.model ?? '')}"]`);
    if (!json?.textContent) return;
    this.#model = JSON.parse(json.textContent);
    this.#renderer = await rendererFor(this.dataset.chart ?? '');
    const form = this.querySelector('form.fig-controls');
    this.#params = this.#readForm();
    // On chart pages and embeds the state lives in the URL, so a link reproduces the view.
    if (this.closest('[data-url-state]')) {
      // Only this chart's params, first value of each; setParams runs them through the chart's rules.
      Object.assign(this.#params, readQuery(location.search, Object.keys(this.#params)));
    }
    form?.addEventListener('input', () => this.setParams(this.#readForm()));
    form?.addEventListener('submit', (event) => event.preventDefault());
    this.setParams(this.#params, { initial: true });
  }

  get params(): Record<string, string> {
    return { ...this.#params };
  }

  /** Applies a new state: form, SVGs, table, live region, and a `tl-params` event for the page. */
  setParams(next: Record<string, string>, { initial = false } = {}) {
    const renderer = this.#renderer;
    if (!renderer) return;
    const params = renderer.normalise ? renderer.normalise(this.#model, { ...this.#params, ...next }) : { ...this.#params, ...next };
    this.#params = params;
    this.#writeForm(params);
    for (const [name, width] of Object.entries(WIDTHS)) {
      const holder = this.querySelector(`.svg-${name}`);
      const old = holder?.querySelector('svg');
      if (!holder || !old) continue;
      const svg = renderer.render(this.#model, params, { document, width, idPrefix: `${this.id || this.dataset.chart}-${name}` });
      svg.setAttribute('role', 'img');
      svg.setAttribute('class', old.getAttribute('class') ?? 'tl-svg');
      svg.setAttribute('aria-label', renderer.announce(this.#model, params));
      old.replaceWith(svg);
    }
    this.#writeTable(renderer.table(this.#model, params));
    const status = this.querySelector('.explorer-status');
    if (status && !initial) status.textContent = renderer.announce(this.#model, params);
    this.dispatchEvent(new CustomEvent('tl-params', { detail: { chart: this.dataset.chart, params }, bubbles: true }));
  }

  #readForm(): Record<string, string> {
    const form = this.querySelector<HTMLFormElement>('form.fig-controls');
    const params: Record<string, string> = {};
    if (!form) return params;
    for (const [name, value] of new FormData(form)) params[name] = String(value);
    return params;
  }

  #writeForm(params: Record<string, string>) {
    for (const [name, value] of Object.entries(params)) {
      const control = this.querySelector<HTMLInputElement | HTMLSelectElement>(`form.fig-controls [name="${CSS.escape(name)}"]`);
      if (control && control.value !== value) control.value = value;
      const output = this.querySelector(`output[for="${CSS.escape(control?.id ?? '')}"]`);
      if (control instanceof HTMLInputElement && control.type === 'range') {
        const text = control.dataset.format?.replace('{}', value) ?? value;
        if (output) output.textContent = text;
        // Screen readers announce the slider's own value: "90%", not "90".
        control.setAttribute('aria-valuetext', text);
      }
    }
  }

  #writeTable(table: ExplorerTable) {
    const tbody = this.querySelector('table.tl-table tbody');
    if (!tbody) return;
    const show = (value: string | number | null) =>
      value === null ? '—' : typeof value === 'number' ? value.toLocaleString('en-US') : value;
    tbody.replaceChildren(
      ...table.rows.map((row) => {
        const tr = document.createElement('tr');
        for (const column of table.columns) {
          const td = document.createElement('td');
          if (column.numeric) td.className = 'num';
          td.textContent = show(row[column.key] ?? null);
          tr.append(td);
        }
        return tr;
      }),
    );
  }
}

// The page loads this script with `async` (scripts/async-scripts.mjs): it defines the element once
// the parser is done, so the element upgrades with all its children in place.
const define = () => customElements.get('tl-explorer') ?? customElements.define('tl-explorer', TlExplorer);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', define, { once: true });
else define();
