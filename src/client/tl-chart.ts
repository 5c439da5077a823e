/**
 * <tl-chart>: upgrades a server-rendered chart. The SVG and the stops (as JSON) are already in
 * the page; this only adds hover, tap and arrow-key stepping with a live readout. No chart
 * library is loaded in the browser.
 */

interface Stop {
  i: number;
  heading: string;
  lines: string[];
  citations: { label: string; quote?: string; href?: string }[];
}

class TlChart extends HTMLElement {
  #stops: Stop[] = [];
  #active = -1;
  #readout: HTMLElement | null = null;

  connectedCallback() {
    const json = this.querySelector('script.tl-stops');
    this.#readout = this.querySelector('.readout');
    if (!json?.textContent || !this.#readout) return;
    this.#stops = JSON.parse(json.textContent) as Stop[];
    this.tabIndex = 0;
    this.setAttribute('role', 'group');
    this.setAttribute('aria-roledescription', 'interactive chart');
    this.setAttribute('aria-label', `${this.#stops.length} points. Use the left and right arrow keys to step through them.`);
    this.addEventListener('pointerover', this.#onPointer);
    this.addEventListener('click', this.#onPointer);
    this.addEventListener('keydown', this.#onKey);
    const initial = Number(this.dataset.active ?? -1);
    if (initial >= 0) this.activate(initial);
  }

  #onPointer = (event: Event) => {
    const mark = (event.target as Element).closest?.('[data-i]');
    if (mark) this.activate(Number(mark.getAttribute('data-i')));
  };

  #onKey = (event: KeyboardEvent) => {
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
    this.activate(target);
  };

  /** Highlights stop `i` in every rendering of the chart and shows its readout. */
  activate(i: number) {
    const stop = this.#stops[i];
    if (!stop || !this.#readout || i === this.#active) return;
    this.#active = i;
    for (const mark of this.querySelectorAll('.is-active')) mark.classList.remove('is-active');
    for (const mark of this.querySelectorAll(`[data-i="${i}"]`)) mark.classList.add('is-active');
    this.#readout.replaceChildren(...readoutNodes(stop));
    this.dispatchEvent(new CustomEvent('tl-stop', { detail: { i }, bubbles: true }));
  }
}

/** Builds the readout with DOM methods, never innerHTML: the text comes from data files. */
function readoutNodes(stop: Stop): Node[] {
  const p = (className: string, text: string) => Object.assign(document.createElement('p'), { className, textContent: text });
  const nodes: Node[] = [p('readout-heading', stop.heading), ...stop.lines.map((line) => p('readout-line', line))];
  for (const citation of stop.citations) {
    const line = p('readout-cite', '');
    if (citation.quote) line.append(Object.assign(document.createElement('q'), { textContent: citation.quote }), ' — ');
    const label = citation.href
      ? Object.assign(document.createElement('a'), { href: citation.href, textContent: citation.label })
      : document.createTextNode(citation.label);
    line.append(label);
    nodes.push(line);
  }
  return nodes;
}

if (!customElements.get('tl-chart')) customElements.define('tl-chart', TlChart);
