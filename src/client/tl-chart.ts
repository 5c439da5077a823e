/**
 * <tl-chart>: upgrades a server-rendered chart. The SVG is already in the page; this adds hover,
 * tap and arrow-key stepping. The details of the active point appear where the eye is: a tooltip
 * beside the point on wide screens, a bottom sheet on phones, always inside the viewport. No
 * chart library is loaded in the browser.
 *
 * Readout data: the details of every point come from the chart view's JSON file (`data-readout`,
 * written at build by src/pages/charts/[id]/readout/), fetched when a reader first points at,
 * touches or focuses the chart, so the page itself carries only the drawing. Where the file cannot
 * be loaded (a page saved for offline reading, a host that blocks it) the readout says so and
 * offers the data table, which has every figure. Stops that differ from the file stay inline
 * (`script.tl-stops`). Highlighting a point never waits for the data: marks carry their index.
 *
 * Hit areas: the pointer picks the nearest mark within HIT_RADIUS px (distance to the mark's box,
 * so a bar counts anywhere inside it), which gives even 3 px dots a target of at least 44 px. Over
 * a small-multiple panel (`data-snap`: its plot area) it picks the panel's mark nearest in x, so
 * anywhere above or below a year picks that year, with no invisible shapes in the drawing.
 */
import { polylineVertices } from './polyline';

interface Stop {
  i: number;
  key?: string;
  heading: string;
  lines: string[];
  citations: { label: string; quote?: string; href?: string }[];
}

/** Half of the smallest hit target (WCAG 2.5.5 asks for 44 px). */
const HIT_RADIUS = 24;
/** How far above and below a panel's plot area the pointer still picks its points, in drawing units. */
const SNAP_MARGIN = 6;
/** Below this viewport width the details open as a sheet along the bottom of the screen. */
const SHEET_QUERY = '(max-width: 639px)';

/** How long a chart stays on screen (after the page has loaded) before its details are fetched unasked. */
const ON_SCREEN_PREFETCH_MS = 1000;
/** A readout that takes longer than this to load shows "Loading" meanwhile. */
const LOADING_AFTER_MS = 150;

class TlChart extends HTMLElement {
  /** The readout data, once loaded (or inline). */
  #stops: Stop[] | undefined;
  #loading: Promise<Stop[] | undefined> | undefined;
  #count = 0;
  #active = -1;
  /** Bumped whenever the readout changes, so a late answer never overwrites a newer one. */
  #shown = 0;
  #readout: HTMLElement | null = null;
  /** Set when a click, tap or key opened the details: they stay until Escape or a click elsewhere. */
  #pinned = false;
  /** Numbers in the page's prose (<Num>) that name a point of this chart, with that point's index. */
  #linked: [HTMLElement, number][] = [];

  connectedCallback() {
    const inline = this.querySelector('script.tl-stops')?.textContent;
    this.#readout = this.querySelector('.readout');
    if (!this.#readout || !(inline || this.dataset.readout)) return;
    addPointMarks(this);
    if (inline) this.#stops = JSON.parse(inline) as Stop[];
    this.#count = this.#stops?.length ?? Number(this.dataset.stops ?? 0);
    this.#readout.hidden = true;
    this.tabIndex = 0;
    this.setAttribute('role', 'group');
    this.setAttribute('aria-roledescription', 'interactive chart');
    this.setAttribute('aria-label', `${this.#count} points. Use the left and right arrow keys to step through them.`);
    // Fetch the details as the reader comes near: by the first hover, tap or key press they are here.
    const prefetch = () => void this.load();
    this.addEventListener('pointerenter', prefetch);
    this.addEventListener('focusin', prefetch);
    this.#prefetchOnScreen();
    this.addEventListener('pointermove', this.#onMove);
    this.addEventListener('pointerleave', this.#onLeave);
    this.addEventListener('click', this.#onClick);
    this.addEventListener('keydown', this.#onKey);
    this.addEventListener('focusout', (event) => {
      if (!this.contains(event.relatedTarget as Node | null)) this.hide();
    });
    document.addEventListener('pointerdown', (event) => {
      if (!this.contains(event.target as Node)) this.hide();
    });
    this.#linkProse();
    const initial = Number(this.dataset.active ?? -1);
    if (initial >= 0) this.activate(initial, { quiet: true });
  }

  /**
   * On a slow network one round trip is half a second: a chart that comes on screen once the page
   * has finished loading fetches its details a second later, so a reader who stops at it finds
   * even the first hover answered at once. Never before the page's own loading is done, and not
   * when the reader asked to save data.
   */
  #prefetchOnScreen() {
    const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
    if (this.#stops || connection?.saveData || !('IntersectionObserver' in window)) return;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      setTimeout(() => void this.load(), ON_SCREEN_PREFETCH_MS);
    });
    const start = () => observer.observe(this);
    if (document.readyState === 'complete') start();
    else addEventListener('load', start, { once: true });
  }

  /** The readout data: loaded once, on first need; undefined when it cannot be had. */
  load(): Promise<Stop[] | undefined> {
    if (this.#stops) return Promise.resolve(this.#stops);
    this.#loading ??= fetch(this.dataset.readout ?? '', { credentials: 'omit' })
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status}`);
        return response.json() as Promise<Stop[]>;
      })
      .then((stops) => {
        this.#stops = stops;
        return stops;
      })
      .catch(() => {
        // Try again next time (the reader may be back online).
        this.#loading = undefined;
        return undefined;
      });
    return this.#loading;
  }

  /**
   * Prose and chart as one: hovering or focusing a number in the text that this chart shows
   * highlights its point, and the active point highlights the numbers that cite it. A number
   * names a point when its record is a stop's key and its dataset is one the chart draws.
   */
  #linkProse() {
    const keys = keyIndex(this);
    const datasets = new Set((this.dataset.datasets ?? '').split(' '));
    for (const num of document.querySelectorAll<HTMLElement>('.num[data-record]')) {
      const i = keys.get(num.dataset.record ?? '');
      if (i === undefined || !datasets.has(num.dataset.dataset ?? '')) continue;
      this.#linked.push([num, i]);
      const show = () => this.activate(i, { quiet: true });
      num.addEventListener('pointerenter', show);
      num.addEventListener('focus', show);
    }
  }

  /** The marks of the rendering on screen (the phone and the wide SVG are both in the page). */
  #visibleMarks(): Element[] {
    return [...this.querySelectorAll('[data-i]')].filter((mark) => {
      const box = mark.getBoundingClientRect();
      return box.width > 0 || box.height > 0;
    });
  }

  /** The mark nearest to a screen point: in x over a small-multiple panel, else within the hit radius. */
  #nearest(x: number, y: number): Element | undefined {
    const panel = this.#panelAt(x, y);
    if (panel) {
      let best: Element | undefined;
      let bestDistance = Number.POSITIVE_INFINITY;
      for (const mark of panel.querySelectorAll('[data-i]')) {
        const box = mark.getBoundingClientRect();
        const distance = Math.abs(box.left + box.width / 2 - x);
        if (distance < bestDistance) {
          best = mark;
          bestDistance = distance;
        }
      }
      return best;
    }
    let best: Element | undefined;
    let bestDistance = HIT_RADIUS;
    for (const mark of this.#visibleMarks()) {
      const box = mark.getBoundingClientRect();
      const dx = Math.max(box.left - x, 0, x - box.right);
      const dy = Math.max(box.top - y, 0, y - box.bottom);
      const distance = Math.hypot(dx, dy);
      if (distance <= bestDistance) {
        best = mark;
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * The small-multiple panel whose plot area (`data-snap="x y width height"` in the drawing's units,
   * widened by SNAP_MARGIN) holds a screen point, in the drawing on screen.
   */
  #panelAt(x: number, y: number): SVGGraphicsElement | undefined {
    for (const panel of this.querySelectorAll<SVGGraphicsElement>('[data-snap]')) {
      const matrix = panel.getScreenCTM();
      if (!matrix || panel.getBoundingClientRect().width === 0) continue;
      const p = new DOMPoint(x, y).matrixTransform(matrix.inverse());
      const [left, top, width, height] = (panel.getAttribute('data-snap') ?? '').split(' ').map(Number) as [number, number, number, number];
      if (p.x >= left && p.x <= left + width && p.y >= top - SNAP_MARGIN && p.y <= top + height + SNAP_MARGIN) return panel;
    }
    return undefined;
  }

  #inReadout = (event: Event) => this.#readout?.contains(event.target as Node) ?? false;

  #onMove = (event: PointerEvent) => {
    if (event.pointerType !== 'mouse' || this.#pinned || this.#inReadout(event)) return;
    const mark = this.#nearest(event.clientX, event.clientY);
    if (mark) this.activate(Number(mark.getAttribute('data-i')));
  };

  #onLeave = (event: PointerEvent) => {
    if (event.pointerType === 'mouse' && !this.#pinned) this.hide();
  };

  #onClick = (event: MouseEvent) => {
    if (this.#inReadout(event)) return;
    const mark = this.#nearest(event.clientX, event.clientY);
    if (!mark) return this.hide();
    this.#pinned = true;
    this.activate(Number(mark.getAttribute('data-i')), { force: true });
  };

  #onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') return this.hide();
    if (this.#inReadout(event)) return;
    const last = this.#count - 1;
    const next: Record<string, number> = {
      ArrowRight: Math.min(last, this.#active + 1),
      ArrowDown: Math.min(last, this.#active + 1),
      ArrowLeft: Math.max(0, this.#active - 1),
      ArrowUp: Math.max(0, this.#active - 1),
      Home: 0,
      End: last,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.#pinned = true;
    this.activate(target, { force: true });
  };

  /**
   * Highlights stop `i` in every rendering of the chart and shows its details beside it (once the
   * readout data is here; the returned promise settles when they are shown).
   * `quiet`: highlight only (a scrolly step drives the chart and its text is the readout).
   */
  activate(i: number, { quiet = false, force = false } = {}): Promise<void> {
    const readout = this.#readout;
    if (!readout || !(i >= 0 && i < this.#count) || (i === this.#active && !force && (quiet || !readout.hidden))) {
      return Promise.resolve();
    }
    this.#active = i;
    for (const mark of this.querySelectorAll('.is-active')) mark.classList.remove('is-active');
    for (const mark of this.querySelectorAll(`[data-i="${i}"]`)) mark.classList.add('is-active');
    for (const [num, n] of this.#linked) num.classList.toggle('is-linked', n === i);
    this.dispatchEvent(new CustomEvent('tl-stop', { detail: { i }, bubbles: true }));
    if (quiet) return Promise.resolve();
    const shown = ++this.#shown;
    const stop = this.#stops?.[i];
    if (stop) {
      this.#show(
        i,
        readoutNodes(stop, () => this.hide()),
      );
      return Promise.resolve();
    }
    let answered = false;
    setTimeout(() => {
      if (!answered && shown === this.#shown)
        this.#show(
          i,
          messageNodes('Loading the details…', () => this.hide()),
        );
    }, LOADING_AFTER_MS);
    return this.load().then((stops) => {
      answered = true;
      if (shown !== this.#shown) return;
      const loaded = stops?.[i];
      this.#show(i, loaded ? readoutNodes(loaded, () => this.hide()) : this.#unavailable());
    });
  }

  #show(i: number, nodes: Node[]) {
    const readout = this.#readout;
    if (!readout) return;
    readout.replaceChildren(...nodes);
    readout.hidden = false;
    this.#place(
      readout,
      this.#visibleMarks().find((m) => m.getAttribute('data-i') === String(i)),
    );
  }

  /** What the readout says when its data cannot be loaded: where the same figures are. */
  #unavailable(): Node[] {
    const nodes = messageNodes('The details of this point could not be loaded (offline, or blocked where this chart is shown).', () =>
      this.hide(),
    );
    // A later figure of the same data links to the earlier figure's table instead of repeating it.
    const figure = this.closest('figure');
    const ref = figure?.querySelector<HTMLAnchorElement>('.fig-table-ref a');
    const table =
      figure?.querySelector<HTMLDetailsElement>('details.fig-table') ??
      (ref?.hash ? document.querySelector<HTMLDetailsElement>(ref.hash) : null);
    if (!table) return nodes;
    const button = Object.assign(document.createElement('button'), {
      type: 'button',
      className: 'readout-table',
      textContent: 'Show the data table',
    });
    button.addEventListener('click', () => {
      this.hide();
      table.open = true;
      table.scrollIntoView({ block: 'start' });
      table.querySelector('summary')?.focus();
    });
    return [...nodes, button];
  }

  /** Hides the details (the highlighted point stays). */
  hide() {
    this.#pinned = false;
    this.#shown++;
    if (this.#readout) this.#readout.hidden = true;
  }

  /**
   * Puts the tooltip beside the point: to its right, else its left, else below or above it; the
   * first place where it fits wholly in the viewport without covering the point (clamped if none).
   */
  #place(readout: HTMLElement, mark: Element | undefined) {
    const sheet = matchMedia(SHEET_QUERY).matches;
    readout.classList.toggle('is-sheet', sheet);
    readout.style.left = '';
    readout.style.top = '';
    if (!mark) return;
    if (sheet) {
      // Keep the tapped point in sight above the sheet.
      const hidden = mark.getBoundingClientRect().bottom + 12 - readout.getBoundingClientRect().top;
      if (hidden > 0) scrollBy({ top: hidden, behavior: 'auto' });
      return;
    }
    const host = this.getBoundingClientRect();
    const p = mark.getBoundingClientRect();
    const { width, height } = readout.getBoundingClientRect();
    const gap = 12;
    const m = 8;
    const midX = p.left + p.width / 2 - width / 2;
    const midY = p.top + p.height / 2 - height / 2;
    const candidates = [
      [p.right + gap, midY],
      [p.left - gap - width, midY],
      [midX, p.bottom + gap],
      [midX, p.top - gap - height],
    ] as const;
    const fits = ([x, y]: readonly [number, number]) => x >= m && y >= m && x + width <= innerWidth - m && y + height <= innerHeight - m;
    const clampY = (y: number) => Math.min(Math.max(y, m), innerHeight - m - height);
    const clampX = (x: number) => Math.min(Math.max(x, m), innerWidth - m - width);
    // Beside the point, sliding up or down to stay on screen, is still beside it.
    const slid = candidates.slice(0, 2).map(([x, y]) => [x, clampY(y)] as const);
    const [left, top] = [...slid, ...candidates.slice(2).map(([x, y]) => [clampX(x), y] as const)].find(fits) ?? [
      clampX(p.right + gap),
      clampY(midY),
    ];
    readout.style.left = `${left - host.left}px`;
    readout.style.top = `${top - host.top}px`;
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The record ids the chart's points stand for (`data-keys`, by point index, written by
 * Chart.astro), so prose numbers can name points before any readout data has loaded. Scrolly reads
 * the same attribute itself: a module shared by both would be one more request on slow networks.
 */
function keyIndex(chart: HTMLElement): Map<string, number> {
  const keys = JSON.parse(chart.dataset.keys ?? '[]') as (string | null)[];
  return new Map(keys.flatMap((key, i) => (key ? [[key, i] as const] : [])));
}

/**
 * Lines whose vertices are points (`data-points`: the stop of the first; their dots are the line's
 * markers, src/charts/shared/small-multiples.ts) get one invisible `<circle class="tl-stop" data-i>`
 * per vertex, the size of the dot, at the end of their panel: the marks that are picked, ringed
 * when active and that the readout is placed beside, as drawn marks are in the other charts.
 */
const marked = new WeakSet<Element>();
function addPointMarks(root: Element) {
  for (const line of root.querySelectorAll('path[data-points]')) {
    // Once per line, should the chart be connected again.
    if (marked.has(line)) continue;
    marked.add(line);
    const first = Number(line.getAttribute('data-points'));
    const markerId = /url\(#([^)]+)\)/.exec(line.getAttribute('marker-mid') ?? '')?.[1];
    const r = (markerId && root.querySelector(`[id="${markerId}"] circle`)?.getAttribute('r')) || '3';
    const group = document.createElementNS(SVG_NS, 'g');
    group.setAttribute('class', 'tl-points');
    polylineVertices(line.getAttribute('d') ?? '').forEach(([cx, cy], k) => {
      const mark = document.createElementNS(SVG_NS, 'circle');
      for (const [name, value] of Object.entries({ cx, cy, r, fill: 'none', class: 'tl-stop', 'data-i': first + k }))
        mark.setAttribute(name, String(value));
      group.append(mark);
    });
    (line.closest('[data-snap]') ?? line.parentElement)?.append(group);
  }
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') =>
  Object.assign(document.createElement(tag), { className, textContent: text });

function closeButton(close: () => void): HTMLButtonElement {
  const closer = el('button', 'readout-close', '×');
  closer.type = 'button';
  closer.setAttribute('aria-label', 'Close details');
  closer.addEventListener('click', close);
  return closer;
}

/** A readout with one line of text (loading, or why there are no details). */
function messageNodes(text: string, close: () => void): Node[] {
  return [closeButton(close), el('p', 'readout-line', text)];
}

/** Builds the details with DOM methods, never innerHTML: the text comes from data files. */
function readoutNodes(stop: Stop, close: () => void): Node[] {
  const closer = closeButton(close);
  // Two lines in plain words up front; further notes (vintages, caveats) fold in with the sources.
  const [first = [], rest = []] = [stop.lines.slice(0, 2), stop.lines.slice(2)];
  const nodes: Node[] = [closer, el('p', 'readout-heading', stop.heading), ...first.map((line) => el('p', 'readout-line', line))];
  if (stop.citations.length === 0 && rest.length === 0) return nodes;
  const sources = el('details', 'readout-sources');
  sources.append(el('summary', '', stop.citations.length ? `Sources (${stop.citations.length})` : 'More'));
  for (const line of rest) sources.append(el('p', 'readout-line', line));
  for (const citation of stop.citations) {
    const line = el('p', 'readout-cite');
    if (citation.quote) line.append(el('q', '', citation.quote), ' — ');
    line.append(citation.href ? Object.assign(el('a', '', citation.label), { href: citation.href }) : citation.label);
    sources.append(line);
  }
  nodes.push(sources);
  return nodes;
}

// The page loads this script with `async` (scripts/async-scripts.mjs): it defines the element once
// the parser is done, so the element upgrades with all its children in place.
const define = () => customElements.get('tl-chart') ?? customElements.define('tl-chart', TlChart);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', define, { once: true });
else define();
