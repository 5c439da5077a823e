/**
 * <tl-scrolly>: a chart that tells a story step by step. The server HTML is a plain article (the
 * chart once, then the passages); this element turns it into a scroll-driven figure by adding
 * `is-live`, which switches on the sticky layout in CSS (Scrolly.astro).
 *
 * A step becomes active where it is read: among the steps wholly inside the reading area (the
 * viewport less whatever the sticky chart covers), the one nearest the area's middle. Between
 * steps none is active and the chart holds the last state. The active step gets `aria-current="step"` and the chart is
 * drawn up to its event (reveal.ts). Steps are focusable; arrow keys move between them, jumping
 * instead of scrolling smoothly under reduced motion.
 */
import { revealAll, revealTo } from './reveal';

interface ChartElement extends HTMLElement {
  activate?: (i: number, options?: { quiet?: boolean }) => void;
}

class TlScrolly extends HTMLElement {
  #steps: HTMLElement[] = [];
  #chart: ChartElement | null = null;
  #indexOf = new Map<string, number>();
  #active: HTMLElement | undefined;
  #frame = 0;

  connectedCallback() {
    const chart = this.querySelector<ChartElement>('tl-chart');
    if (!chart?.hasAttribute('data-interactive')) return;
    this.#chart = chart;
    // The event ids of the chart's points, by index (`data-keys`, as tl-chart.ts reads them).
    const keys = JSON.parse(chart.dataset.keys ?? '[]') as (string | null)[];
    this.#indexOf = new Map(keys.flatMap((key, i) => (key ? [[key, i] as const] : [])));
    this.#steps = [...this.querySelectorAll<HTMLElement>('.step[data-event]')];
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.classList.add('is-live');

    this.#steps.forEach((step, n) => {
      step.tabIndex = 0;
      step.setAttribute('aria-label', `Step ${n + 1} of ${this.#steps.length}`);
      // A focused step is brought to the middle of the reading area (on a phone, below the
      // chart, not behind it); the scroll then makes it current.
      step.addEventListener('focus', () => {
        this.#activate(step);
        // A click on the text focuses the step too; only keyboard focus moves the page.
        if (!step.matches(':focus-visible')) return;
        const area = this.readingArea();
        const box = step.getBoundingClientRect();
        scrollBy({ top: (box.top + box.bottom) / 2 - (area.top + area.bottom) / 2, behavior: reduceMotion ? 'auto' : 'smooth' });
      });
      step.addEventListener('keydown', (event) => {
        const next =
          event.key === 'ArrowDown' || event.key === 'ArrowRight'
            ? this.#steps[n + 1]
            : event.key === 'ArrowUp' || event.key === 'ArrowLeft'
              ? this.#steps[n - 1]
              : undefined;
        if (!next) return;
        event.preventDefault();
        next.focus({ preventScroll: true });
      });
    });
    addEventListener('scroll', this.#schedule, { passive: true });
    addEventListener('resize', this.#schedule, { passive: true });
    this.#schedule();
  }

  disconnectedCallback() {
    removeEventListener('scroll', this.#schedule);
    removeEventListener('resize', this.#schedule);
  }

  #schedule = () => {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#update());
  };

  /**
   * The part of the viewport the sticky chart leaves free for the text, in client pixels. On a
   * phone the chart spans the text column, so the text is read below the chart where it sticks
   * (or below where it is, once it has scrolled away); beside it on wide screens, all of it.
   */
  readingArea(): { top: number; bottom: number } {
    // The sticky part is the rendering on screen (the phone or the wide SVG), not the whole chart element.
    const chart = [...(this.#chart?.querySelectorAll<HTMLElement>('.svg-compact, .svg-wide') ?? [])].find((el) => el.offsetWidth > 0);
    const graphic = chart?.getBoundingClientRect();
    const column = this.querySelector('.scrolly-steps')?.getBoundingClientRect();
    if (!chart || !graphic || !column || graphic.left >= column.right || column.left >= graphic.right)
      return { top: 0, bottom: innerHeight };
    const stuckBottom = (Number.parseFloat(getComputedStyle(chart).top) || 0) + graphic.height;
    return { top: Math.max(0, Math.min(graphic.bottom, stuckBottom)), bottom: innerHeight };
  }

  #update() {
    const area = this.readingArea();
    const middle = (area.top + area.bottom) / 2;
    let best: HTMLElement | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const step of this.#steps) {
      const box = step.getBoundingClientRect();
      const whole = box.top >= area.top && box.bottom <= area.bottom;
      // A step taller than the reading area can never be wholly in it: it counts while it spans the middle.
      const tall = box.height > area.bottom - area.top && box.top <= middle && box.bottom >= middle;
      const distance = Math.abs((box.top + box.bottom) / 2 - middle);
      if ((whole || tall) && distance < bestDistance) {
        best = step;
        bestDistance = distance;
      }
    }
    // Between steps nothing is current, and the chart keeps the last step's state.
    this.#activate(best);
  }

  #activate(step: HTMLElement | undefined) {
    if (step === this.#active) return;
    this.#active = step;
    for (const s of this.#steps) {
      s.classList.toggle('is-active', s === step);
      if (s === step) s.setAttribute('aria-current', 'step');
      else s.removeAttribute('aria-current');
    }
    const chart = this.#chart;
    if (!step) return;
    const i = this.#indexOf.get(step.dataset.event ?? '');
    if (!chart) return;
    for (const svg of chart.querySelectorAll<SVGSVGElement>('svg.tl-svg')) {
      if (i === undefined) revealAll(svg);
      else revealTo(svg, i);
    }
    if (i !== undefined) customElements.whenDefined('tl-chart').then(() => chart.activate?.(i, { quiet: true }));
  }
}

// The page loads this script with `async` (scripts/async-scripts.mjs): it defines the element once
// the parser is done, so the element upgrades with all its children in place.
const define = () => customElements.get('tl-scrolly') ?? customElements.define('tl-scrolly', TlScrolly);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', define, { once: true });
else define();
