/**
 * <tl-chart>: upgrades a server-rendered chart. The SVG and the stops (as JSON) are already in
 * the page; this adds hover, tap and arrow-key stepping. The details of the active point appear
 * where the eye is: a tooltip beside the point on wide screens, a bottom sheet on phones, always
 * inside the viewport. No chart library is loaded in the browser.
 *
 * Hit areas: the pointer picks the nearest mark within HIT_RADIUS px (distance to the mark's box,
 * so a bar counts anywhere inside it), which gives even 3 px dots a target of at least 44 px.
 */

interface Stop {
  i: number;
  key?: string;
  heading: string;
  lines: string[];
  citations: { label: string; quote?: string; href?: string }[];
}

/** Half of the smallest hit target (WCAG 2.5.5 asks for 44 px). */
const HIT_RADIUS = 24;
/** Below this viewport width the details open as a sheet along the bottom of the screen. */
const SHEET_QUERY = '(max-width: 639px)';

class TlChart extends HTMLElement {
  #stops: Stop[] = [];
  #active = -1;
  #readout: HTMLElement | null = null;
  /** Set when a click, tap or key opened the details: they stay until Escape or a click elsewhere. */
  #pinned = false;
  /** Numbers in the page's prose (<Num>) that name a point of this chart, with that point's index. */
  #linked: [HTMLElement, number][] = [];

  connectedCallback() {
    const json = this.querySelector('script.tl-stops');
    this.#readout = this.querySelector('.readout');
    if (!json?.textContent || !this.#readout) return;
    this.#stops = JSON.parse(json.textContent) as Stop[];
    this.#readout.hidden = true;
    this.tabIndex = 0;
    this.setAttribute('role', 'group');
    this.setAttribute('aria-roledescription', 'interactive chart');
    this.setAttribute('aria-label', `${this.#stops.length} points. Use the left and right arrow keys to step through them.`);
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
   * Prose and chart as one: hovering or focusing a number in the text that this chart shows
   * highlights its point, and the active point highlights the numbers that cite it. A number
   * names a point when its record is a stop's key and its dataset is one the chart draws.
   */
  #linkProse() {
    const keys = new Map(this.#stops.flatMap((s) => (s.key ? [[s.key, s.i] as const] : [])));
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

  /** The mark nearest to a screen point, within the hit radius. */
  #nearest(x: number, y: number): Element | undefined {
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
    const last = this.#stops.length - 1;
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
   * Highlights stop `i` in every rendering of the chart and shows its details beside it.
   * `quiet`: highlight only (a scrolly step drives the chart and its text is the readout).
   */
  activate(i: number, { quiet = false, force = false } = {}) {
    const stop = this.#stops[i];
    const readout = this.#readout;
    if (!stop || !readout || (i === this.#active && !force && (quiet || !readout.hidden))) return;
    this.#active = i;
    for (const mark of this.querySelectorAll('.is-active')) mark.classList.remove('is-active');
    for (const mark of this.querySelectorAll(`[data-i="${i}"]`)) mark.classList.add('is-active');
    for (const [num, n] of this.#linked) num.classList.toggle('is-linked', n === i);
    this.dispatchEvent(new CustomEvent('tl-stop', { detail: { i }, bubbles: true }));
    if (quiet) return;
    readout.replaceChildren(...readoutNodes(stop, () => this.hide()));
    readout.hidden = false;
    this.#place(
      readout,
      this.#visibleMarks().find((m) => m.getAttribute('data-i') === String(i)),
    );
  }

  /** Hides the details (the highlighted point stays). */
  hide() {
    this.#pinned = false;
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

/** Builds the details with DOM methods, never innerHTML: the text comes from data files. */
function readoutNodes(stop: Stop, close: () => void): Node[] {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') =>
    Object.assign(document.createElement(tag), { className, textContent: text });
  const closer = el('button', 'readout-close', '×');
  closer.type = 'button';
  closer.setAttribute('aria-label', 'Close details');
  closer.addEventListener('click', close);
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

if (!customElements.get('tl-chart')) customElements.define('tl-chart', TlChart);
