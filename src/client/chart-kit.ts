/**
 * <tl-chart-kit>: the educator tools on a chart page. It keeps the chosen view and an explorer's
 * params in the URL (so a copied link or embed reproduces them), copies links, embed codes and
 * citations, downloads the rows shown (CSV, JSON) and the picture (SVG, PNG), and prepares print.
 */
import { citationStyles } from '../shared/cite-formats';
import { formatCsv } from '../shared/csv';
import { readQuery, writeQuery } from '../shared/url-state';
import { picturePng, pictureSvg, saveBlob } from './picture-export';

const SITE = 'Tariff Ledger';

class TlChartKit extends HTMLElement {
  #view = '';
  #params: Record<string, string> = {};

  connectedCallback() {
    const views = [...this.querySelectorAll<HTMLElement>('.view-panel')].map((p) => p.dataset.view ?? '');
    const requested = readQuery(location.search, ['view']).view ?? '';
    this.#view = views.includes(requested) ? requested : (this.dataset.defaultView ?? views[0] ?? '');
    // Params come only from an explorer, checked by its rules (its `tl-params` event below, or its
    // state if it was ready first): junk or repeated keys in the URL never reach a share or embed code.
    this.#params = this.querySelector<HTMLElement & { params?: Record<string, string> }>('tl-explorer')?.params ?? {};
    this.#showView();
    // An explorer that was ready first: the address bar too shows its checked state.
    if (Object.keys(this.#params).length) this.#syncUrl();

    this.addEventListener('click', (event) => {
      const target = event.target as HTMLElement;
      const tab = target.closest<HTMLAnchorElement>('.view-tabs a[data-view]');
      if (tab) {
        event.preventDefault();
        this.#view = tab.dataset.view ?? this.#view;
        this.#params = {};
        this.#showView();
        this.#syncUrl();
        return;
      }
      const copy = target.closest<HTMLButtonElement>('button[data-copy]');
      if (copy) void this.#copy(copy);
      if (target.closest('.dl-svg')) this.#downloadSvg();
      if (target.closest('.dl-png')) void this.#downloadPng();
      if (target.closest('.print')) window.print();
      const csv = target.closest<HTMLAnchorElement>('.dl-csv, .dl-json');
      if (csv) {
        event.preventDefault();
        this.#downloadRows(csv.classList.contains('dl-csv') ? 'csv' : 'json');
      }
    });
    this.addEventListener('tl-params', (event) => {
      this.#params = { ...(event as CustomEvent<{ params: Record<string, string> }>).detail.params };
      this.#syncUrl();
    });
    // Print shows the description and the table, which are folded on screen.
    window.addEventListener('beforeprint', () => {
      for (const details of this.#panel()?.querySelectorAll('details') ?? []) details.open = true;
    });
    this.#fillAccessDates();
  }

  #panel(): HTMLElement | null {
    return this.querySelector<HTMLElement>(`.view-panel[data-view="${CSS.escape(this.#view)}"]`);
  }

  #showView() {
    for (const panel of this.querySelectorAll<HTMLElement>('.view-panel')) panel.hidden = panel.dataset.view !== this.#view;
    for (const tab of this.querySelectorAll<HTMLElement>('.view-tabs a[data-view]')) {
      if (tab.dataset.view === this.#view) tab.setAttribute('aria-current', 'true');
      else tab.removeAttribute('aria-current');
    }
    this.#updateCodes();
  }

  /** The query string of the current state: view (when not the default) and explorer params. */
  #query(): string {
    return writeQuery({ view: this.#view !== this.dataset.defaultView ? this.#view : undefined, ...this.#params });
  }

  #syncUrl() {
    history.replaceState(null, '', `${location.pathname}${this.#query()}${location.hash}`);
    this.#updateCodes();
  }

  #updateCodes() {
    const query = this.#query();
    const share = this.querySelector<HTMLInputElement>('.share-url');
    if (share) share.value = `${this.dataset.permalink}${query}`;
    const embed = this.querySelector<HTMLTextAreaElement>('.embed-code');
    const title = this.#panel()?.dataset.title ?? '';
    if (embed) {
      embed.value = `<iframe src="${this.dataset.embedSrc}${query}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="620" style="border:0" loading="lazy"></iframe>\n<script src="${this.dataset.hostScript}" async></script>`;
    }
    for (const link of this.querySelectorAll<HTMLAnchorElement>('.dl-csv, .dl-json')) {
      const ext = link.classList.contains('dl-csv') ? 'csv' : 'json';
      link.href = link.href.replace(/[^/]+\.(csv|json)$/, `${this.#view}.${ext}`);
      link.download = `${this.dataset.chart}-${this.#view}.${ext}`;
    }
    this.#fillAccessDates();
  }

  #fillAccessDates() {
    const panel = this.#panel();
    const today = new Date();
    const accessed = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    const chart = {
      title: panel?.dataset.title ?? '',
      site: SITE,
      url: `${this.dataset.permalink}${this.#query()}`,
      asOf: panel?.dataset.asOf ?? accessed,
      id: this.dataset.chart ?? 'chart',
    };
    for (const pre of this.querySelectorAll<HTMLElement>('.cite-text')) {
      const format = citationStyles[pre.dataset.style as keyof typeof citationStyles];
      if (format) pre.textContent = format(chart, accessed);
    }
  }

  async #copy(button: HTMLButtonElement) {
    const source = this.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLElement>(button.dataset.copy ?? '');
    const text = source && 'value' in source ? source.value : (source?.textContent ?? '');
    const status = this.querySelector('.kit-status');
    try {
      await navigator.clipboard.writeText(text);
      if (status) status.textContent = 'Copied.';
      const label = button.textContent;
      button.textContent = 'Copied';
      setTimeout(() => (button.textContent = label), 1500);
    } catch {
      // Clipboard refused (insecure context, permissions): select the text so the reader can copy it.
      if (source instanceof HTMLInputElement || source instanceof HTMLTextAreaElement) source.select();
      if (status) status.textContent = 'Select the text and copy it with your keyboard.';
    }
  }

  /** Exactly the rows on screen: read back from the visible data table. */
  #rows() {
    const table = this.#panel()?.querySelector('table.tl-table');
    const headers = [...(table?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent?.trim() ?? '');
    const rows = [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''),
    );
    return { headers, rows };
  }

  #downloadRows(kind: 'csv' | 'json') {
    const { headers, rows } = this.#rows();
    // Numbers were formatted for reading ("1,234.5"); files get plain numbers.
    const plain = (cell: string) => (/^-?[\d,]+(\.\d+)?$/.test(cell) ? cell.replace(/,/g, '') : cell === '—' ? '' : cell);
    const name = `${this.dataset.chart}-${this.#view}`;
    if (kind === 'csv') {
      // The same writer as the data files: quoting, and text cells neutralised against formulas.
      saveBlob(new Blob([formatCsv([headers, ...rows.map((r) => r.map(plain))])], { type: 'text/csv' }), `${name}.csv`);
    } else {
      const records = rows.map((r) =>
        Object.fromEntries(
          headers.map((h, i) => {
            const cell = plain(r[i] ?? '');
            return [h, cell !== '' && !Number.isNaN(Number(cell)) ? Number(cell) : cell || null];
          }),
        ),
      );
      const body = {
        chart: this.dataset.chart,
        view: this.#view,
        params: this.#params,
        url: `${this.dataset.permalink}${this.#query()}`,
        rows: records,
      };
      saveBlob(new Blob([`${JSON.stringify(body, null, 2)}\n`], { type: 'application/json' }), `${name}.json`);
    }
  }

  #picture() {
    const panel = this.#panel();
    const svg = panel?.querySelector<SVGSVGElement>('.svg-wide svg') ?? panel?.querySelector<SVGSVGElement>('svg.tl-svg');
    if (!panel || !svg) return null;
    // The wide rendering may be hidden on a phone; measure it while shown.
    const holder = svg.parentElement as HTMLElement;
    const was = holder.style.display;
    holder.style.display = 'block';
    const picture = pictureSvg(svg, {
      title: panel.dataset.title ?? '',
      source: panel.dataset.source ?? '',
      url: `${this.dataset.permalink}${this.#query()}`,
    });
    holder.style.display = was;
    return picture;
  }

  #downloadSvg() {
    const picture = this.#picture();
    if (picture) saveBlob(new Blob([picture.markup], { type: 'image/svg+xml' }), `${this.dataset.chart}-${this.#view}.svg`);
  }

  async #downloadPng() {
    const picture = this.#picture();
    if (picture) saveBlob(await picturePng(picture, 2), `${this.dataset.chart}-${this.#view}.png`);
  }
}

if (!customElements.get('tl-chart-kit')) customElements.define('tl-chart-kit', TlChartKit);
