/**
 * <tl-scrolly>: as each step scrolls into the middle of the screen (or gets keyboard focus), the
 * chart highlights that step's event through its <tl-chart>. Steps become focusable, and the
 * arrow keys inside a step move to the previous or next one. With reduced motion, moving between
 * steps jumps instead of scrolling smoothly.
 */
interface ChartElement extends HTMLElement {
  activate?: (i: number) => void;
}

class TlScrolly extends HTMLElement {
  connectedCallback() {
    const chart = this.querySelector<ChartElement>('tl-chart');
    const stopsJson = chart?.querySelector('script.tl-stops')?.textContent;
    if (!chart || !stopsJson) return;
    const stops = JSON.parse(stopsJson) as { i: number; key?: string }[];
    const indexOf = new Map(stops.flatMap((s) => (s.key ? [[s.key, s.i] as const] : [])));
    const steps = [...this.querySelectorAll<HTMLElement>('.step[data-event]')];
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;

    const activate = (step: HTMLElement) => {
      for (const s of steps) s.classList.toggle('is-active', s === step);
      const i = indexOf.get(step.dataset.event ?? '');
      if (i !== undefined) customElements.whenDefined('tl-chart').then(() => chart.activate?.(i));
    };

    steps.forEach((step, n) => {
      step.tabIndex = 0;
      step.setAttribute('aria-label', `Step ${n + 1} of ${steps.length}`);
      step.addEventListener('focus', () => activate(step));
      step.addEventListener('keydown', (event) => {
        const next =
          event.key === 'ArrowDown' || event.key === 'ArrowRight'
            ? steps[n + 1]
            : event.key === 'ArrowUp' || event.key === 'ArrowLeft'
              ? steps[n - 1]
              : undefined;
        if (!next) return;
        event.preventDefault();
        next.focus({ preventScroll: true });
        next.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
      });
    });

    // A step is "current" when it crosses the band in the middle of the viewport.
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) activate(entry.target as HTMLElement);
      },
      { rootMargin: '-45% 0px -45% 0px' },
    );
    for (const step of steps) observer.observe(step);
  }
}

if (!customElements.get('tl-scrolly')) customElements.define('tl-scrolly', TlScrolly);
