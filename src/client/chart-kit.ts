/**
 * <tl-chart-kit>: the educator tools on a chart page. It keeps the chosen view and an explorer's
 * params in the URL (so a copied link or embed reproduces them), copies links, embed codes and
 * citations, downloads the rows shown (CSV, JSON), the picture (SVG, PNG) and citation files, and
 * prepares print. Every address it hands out is built from the address the page is served from.
 */
import { chartJson, downloadBase } from '../shared/chart-files';
import { bibtex, type CitableChart, type CitationStyle, citationStyles, cslJson, ris } from '../shared/cite-formats';
import { formatCsv } from '../shared/csv';
import { readQuery, writeQuery } from '../shared/url-state';
import { qrSvg } from './handout-qr';
import { picturePng, pictureSvg, saveBlob } from './picture-export';

/** Site-relative path from the page → absolute URL on the origin actually serving it. */
const here = (path: string | undefined) => new URL(path ?? '/', location.href).href;

class TlChartKit extends HTMLElement {
  #view = '';
  #params: Record<string, string> = {};
  #blobs: string[] = [];

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
        this.#announce(`Showing ${this.#panel()?.dataset.label ?? this.#view}: ${this.#panel()?.dataset.title ?? ''}`);
        return;
      }
      const copy = target.closest<HTMLButtonElement>('button[data-copy]');
      if (copy) void this.#copy(copy);
      if (target.closest('.dl-svg')) this.#downloadSvg();
      if (target.closest('.dl-png')) void this.#downloadPng();
      if (target.closest('.print')) window.print();
    });
    this.addEventListener('change', (event) => {
      if ((event.target as HTMLElement).closest('.embed-options, .use-archived')) this.#updateCodes();
    });
    this.addEventListener('tl-params', (event) => {
      this.#params = { ...(event as CustomEvent<{ params: Record<string, string> }>).detail.params };
      this.#syncUrl();
    });
    // Print shows the description and the table, which are folded on screen.
    window.addEventListener('beforeprint', () => {
      for (const details of this.#panel()?.querySelectorAll('details') ?? []) details.open = true;
      // A phone pointed at the paper opens the same chart, view and settings.
      this.querySelector('.handout-qr')?.replaceChildren(qrSvg(this.#permalink(), 'QR code of the link to this chart'));
    });
  }

  #panel(): HTMLElement | null {
    return this.querySelector<HTMLElement>(`.view-panel[data-view="${CSS.escape(this.#view)}"]`);
  }

  #announce(text: string) {
    const status = this.querySelector('.kit-status');
    if (status) status.textContent = text;
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
  #query(extra: Record<string, string> = {}): string {
    return writeQuery({ view: this.#view !== this.dataset.defaultView ? this.#view : undefined, ...this.#params, ...extra });
  }

  /** The dated version to hand out instead of the live chart, when the reader chose it. */
  #archived(): string {
    return this.querySelector<HTMLInputElement>('.use-archived')?.checked ? (this.dataset.archived ?? '') : '';
  }

  /** What is handed out: the live state, or the chosen version (its view only: it has default settings). */
  #handed(path: string | undefined, extra: Record<string, string> = {}): string {
    const date = this.#archived();
    if (!date) return `${here(path)}${this.#query(extra)}`;
    return `${here(`${path}v/${date}/`)}${writeQuery({ view: this.#view !== this.dataset.defaultView ? this.#view : undefined, ...extra })}`;
  }

  #permalink(): string {
    return this.#handed(this.dataset.permalink);
  }

  #syncUrl() {
    history.replaceState(null, '', `${location.pathname}${this.#query()}${location.hash}`);
    this.#updateCodes();
  }

  #citable(): CitableChart {
    const panel = this.#panel();
    return {
      title: panel?.dataset.title ?? '',
      site: this.dataset.site ?? '',
      url: this.#permalink(),
      published: this.#archived() || (this.dataset.published ?? ''),
      asOf: panel?.dataset.asOf ?? '',
      id: this.dataset.chart ?? 'chart',
      view: this.#view,
    };
  }

  #embedCode(): string {
    const panel = this.#panel();
    const theme = this.querySelector<HTMLSelectElement>('.embed-theme')?.value ?? '';
    const table = this.querySelector<HTMLInputElement>('.embed-table')?.checked;
    const script = this.querySelector<HTMLInputElement>('.embed-script')?.checked ?? true;
    const extra: Record<string, string> = {};
    if (theme) extra.theme = theme;
    if (table) extra.table = '1';
    const title = (panel?.dataset.title ?? '').replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    // An open table adds its rows: about 26 px each at the typical width.
    const rows = table ? (panel?.querySelectorAll('table.tl-table tbody tr').length ?? 0) : 0;
    const base = Number((this.#archived() ? panel?.dataset.archivedHeight : panel?.dataset.embedHeight) ?? 620);
    const height = base + (table ? Math.min(28 * 16, rows * 26 + 40) : 0);
    const src = this.#handed(this.dataset.embedSrc, extra).replace(/&/g, '&amp;');
    const frame = `<iframe src="${src}" title="${title}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
    return script ? `${frame}\n<script src="${here(this.dataset.hostScript)}" async></script>` : frame;
  }

  #updateCodes() {
    const share = this.querySelector<HTMLInputElement>('.share-url');
    if (share) share.value = this.#permalink();
    const handout = this.querySelector('.handout-url');
    if (handout) handout.textContent = this.#permalink();
    const embed = this.querySelector<HTMLTextAreaElement>('.embed-code');
    if (embed) embed.value = this.#embedCode();
    this.#updateDownloads();
    const today = new Date();
    const accessed = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    const chart = this.#citable();
    for (const pre of this.querySelectorAll<HTMLElement>('.cite-text')) {
      const format = citationStyles[pre.dataset.style as CitationStyle];
      if (format) pre.textContent = format(chart, accessed);
    }
    const files: Record<string, () => Blob> = {
      ris: () => new Blob([ris(chart, accessed)], { type: 'application/x-research-info-systems' }),
      bib: () => new Blob([`${bibtex(chart, accessed)}\n`], { type: 'application/x-bibtex' }),
      'csl.json': () =>
        new Blob([`${JSON.stringify(cslJson(chart, accessed), null, 2)}\n`], { type: 'application/vnd.citationstyles.csl+json' }),
    };
    for (const link of this.querySelectorAll<HTMLAnchorElement>('.dl-cite')) {
      const format = link.dataset.format ?? '';
      const blob = files[format]?.();
      if (!blob) continue;
      link.href = this.#blobUrl(blob);
      link.download = `${downloadBase(chart.id, this.#view, this.#params)}.${format}`;
    }
  }

  /** Object URLs for the current state; the previous state's are released. */
  #blobUrl(blob: Blob): string {
    const url = URL.createObjectURL(blob);
    this.#blobs.push(url);
    return url;
  }

  /**
   * The download links point at exactly what is shown: the built file for the default state,
   * and a file made from the rows on screen when the reader changed a setting, so "Save link as"
   * gets the same rows as a click. Names say the view and the settings.
   */
  #updateDownloads() {
    for (const url of this.#blobs.splice(0)) URL.revokeObjectURL(url);
    const base = downloadBase(this.dataset.chart ?? 'chart', this.#view, this.#params);
    const custom = Object.keys(this.#params).length > 0;
    for (const link of this.querySelectorAll<HTMLAnchorElement>('.dl-csv, .dl-json')) {
      const ext = link.classList.contains('dl-csv') ? 'csv' : 'json';
      link.download = `${base}.${ext}`;
      link.href = custom ? this.#blobUrl(this.#rowsFile(ext)) : here(`${this.dataset.files}${this.#view}.${ext}`);
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
    const columns = [...(table?.querySelectorAll('thead th') ?? [])].map((th) => ({
      name: th.textContent?.trim() ?? '',
      numeric: th.classList.contains('num'),
    }));
    const rows = [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''),
    );
    return { columns, rows };
  }

  /** The rows shown as a CSV or JSON file, in the same layout as the built files. */
  #rowsFile(kind: 'csv' | 'json'): Blob {
    const { columns, rows } = this.#rows();
    // Numbers were formatted for reading ("1,234.5"); files get plain numbers.
    const plain = (cell: string) => (/^-?[\d,]+(\.\d+)?$/.test(cell) ? cell.replace(/,/g, '') : cell === '—' ? '' : cell);
    if (kind === 'csv') {
      // The same writer as the data files: quoting, and text cells neutralised against formulas.
      return new Blob([formatCsv([columns.map((c) => c.name), ...rows.map((r) => r.map(plain))])], { type: 'text/csv' });
    }
    const records = rows.map((r) =>
      Object.fromEntries(
        columns.map((c, i) => {
          const cell = plain(r[i] ?? '');
          return [c.name, cell === '' ? null : c.numeric && !Number.isNaN(Number(cell)) ? Number(cell) : cell];
        }),
      ),
    );
    const panel = this.#panel();
    const body = chartJson(
      {
        chart: this.dataset.chart ?? '',
        view: this.#view,
        title: panel?.dataset.title ?? '',
        url: this.#permalink(),
        params: this.#params,
        asOf: panel?.dataset.asOf ?? '',
        source: panel?.dataset.source ?? '',
        license: this.dataset.license ?? '',
      },
      columns,
      records,
    );
    return new Blob([body], { type: 'application/json' });
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
      asOf: panel.dataset.asOf ?? '',
      license: this.dataset.license ?? '',
      url: this.#permalink(),
    });
    holder.style.display = was;
    return picture;
  }

  #downloadSvg() {
    const picture = this.#picture();
    if (picture)
      saveBlob(
        new Blob([picture.markup], { type: 'image/svg+xml' }),
        `${downloadBase(this.dataset.chart ?? 'chart', this.#view, this.#params)}.svg`,
      );
  }

  async #downloadPng() {
    const picture = this.#picture();
    if (picture) saveBlob(await picturePng(picture, 2), `${downloadBase(this.dataset.chart ?? 'chart', this.#view, this.#params)}.png`);
  }
}

// The page loads this script with `async` (scripts/async-scripts.mjs): it defines the element once
// the parser is done, so the element upgrades with all its children in place.
const define = () => customElements.get('tl-chart-kit') ?? customElements.define('tl-chart-kit', TlChartKit);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', define, { once: true });
else define();
