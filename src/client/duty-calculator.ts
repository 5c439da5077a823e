/**
 * <tl-duty-calculator>: the browser half of /explore/duty-calculator/. The build renders the
 * default case (both partners' sentences, bars and tables); this element reads the case from the
 * URL, wires the form and the date scrubber, re-renders the results with the same pure module the
 * build used, keeps the URL in step so the reader can share the case, and shows a ghost of the
 * bars as they stood before the reader started moving the date.
 */
import type { CalculatorState } from '../charts/tariff-stack/calculator-state';
import { CALCULATOR_DEFAULTS, readCalculatorState, writeCalculatorState } from '../charts/tariff-stack/calculator-state';
import { dutySentence, renderResults, resultsFor } from '../charts/tariff-stack/calculator-view';
import type { StackData } from '../charts/tariff-stack/rules';
import { dayAt, indexOf } from '../charts/tariff-stack/timeline';
import { readQuery } from '../shared/url-state';
import { type Scrubber, wireScrubber } from './date-scrubber';

/** How long the ghost stays after the last move, in ms (it then fades out with CSS). */
const GHOST_MS = 1500;

class TlDutyCalculator extends HTMLElement {
  #data!: StackData;
  #state: CalculatorState = CALCULATOR_DEFAULTS;
  #ghost: { partner: number; vs: number } | null = null;
  #ghostTimer = 0;
  #announceTimer = 0;
  #urlTimer = 0;
  #scrubber: Scrubber | null = null;

  connectedCallback() {
    const json = this.querySelector('script.tl-model')?.textContent;
    if (!json) return;
    this.#data = JSON.parse(json) as StackData;
    const query = readQuery(location.search, ['partner', 'vs', 'product', 'date', 'value']);
    const { state, problems } = readCalculatorState(this.#data, new URLSearchParams(query));
    this.#state = state;
    this.#showProblems(problems);
    const form = this.querySelector<HTMLFormElement>('form.calc-form');
    form?.addEventListener('submit', (event) => event.preventDefault());
    form?.addEventListener('change', (event) => this.#fromControl(event.target));
    form?.addEventListener('input', (event) => {
      // The value field is read as the reader types; the selects on `change`; the scrubber below.
      if ((event.target as HTMLInputElement).name === 'value') this.#fromControl(event.target);
    });
    this.#scrubber = wireScrubber(
      this,
      (i) => dayAt(this.#data, i),
      (day) => this.#update({ date: day }),
    );
    this.#writeForm();
    this.#render();
  }

  /**
   * Sets the case and re-renders. A ghost keeps the bars' totals as they were when the reader
   * started moving (scrubbing, or a run of changes), until they pause.
   */
  #update(next: Partial<CalculatorState>) {
    const before = resultsFor(this.#data, this.#state);
    this.#ghost ??= { partner: before[0].stack.total, vs: before[1].stack.total };
    clearTimeout(this.#ghostTimer);
    this.#ghostTimer = window.setTimeout(() => {
      this.#ghost = null;
      for (const g of this.querySelectorAll('.calc-ghost')) g.classList.add('is-fading');
    }, GHOST_MS);
    this.#state = { ...this.#state, ...next };
    this.#render();
    clearTimeout(this.#urlTimer);
    // Browsers throttle history updates; one per pause in the reader's movement is enough.
    this.#urlTimer = window.setTimeout(() => this.#writeUrl(), 200);
  }

  #fromControl(target: EventTarget | null) {
    const control = target as HTMLInputElement | HTMLSelectElement | null;
    if (!control?.name || control.name === 'day') return;
    if (control.name === 'value') {
      // The same rules as the URL: "1,000" and "$1000" are fine, anything else is flagged.
      const { state, problems } = readCalculatorState(this.#data, new URLSearchParams({ value: control.value }), this.#state);
      control.setAttribute('aria-invalid', String(problems.length > 0));
      const error = this.querySelector('.calc-value-error');
      if (error) error.textContent = problems.length > 0 ? 'Type an amount in US dollars, such as 1000 or 2,500.50.' : '';
      if (problems.length === 0) this.#update({ value: state.value });
      return;
    }
    const { state } = readCalculatorState(this.#data, new URLSearchParams({ [control.name]: control.value }), this.#state);
    this.#update(state);
  }

  #render() {
    const out = this.querySelector('.calc-out');
    if (!out) return;
    const ghosts = this.#ghost ?? { partner: null, vs: null };
    out.replaceChildren(renderResults(document, this.#data, this.#state, ghosts));
    const permalink = this.querySelector<HTMLAnchorElement>('a.calc-permalink');
    if (permalink) permalink.href = `?${writeCalculatorState(this.#state)}`;
    clearTimeout(this.#announceTimer);
    // Announce once the reader pauses, not on every day the thumb passes.
    this.#announceTimer = window.setTimeout(() => {
      const status = this.querySelector('.calc-status');
      if (status)
        status.textContent = resultsFor(this.#data, this.#state)
          .map((r) => dutySentence(r, this.#state))
          .join(' ');
    }, 400);
  }

  #writeForm() {
    const s = this.#state;
    for (const name of ['partner', 'vs', 'product'] as const) {
      const select = this.querySelector<HTMLSelectElement>(`form.calc-form select[name="${name}"]`);
      if (select) select.value = s[name];
    }
    const value = this.querySelector<HTMLInputElement>('form.calc-form input[name="value"]');
    if (value) value.value = String(s.value);
    this.#scrubber?.set(indexOf(this.#data, s.date));
  }

  #writeUrl() {
    const url = new URL(location.href);
    url.search = writeCalculatorState(this.#state).toString();
    history.replaceState(history.state, '', url);
  }

  #showProblems(problems: string[]) {
    const box = this.querySelector<HTMLElement>('.explore-problems');
    if (!box || problems.length === 0) return;
    const list = document.createElement('ul');
    for (const p of problems) {
      const li = document.createElement('li');
      li.textContent = p;
      list.append(li);
    }
    box.querySelector('ul')?.remove();
    box.append(list);
    box.hidden = false;
  }
}

// The page loads this script with `async` (scripts/async-scripts.mjs): it defines the element once
// the parser is done, so the element upgrades with all its children in place.
const define = () => customElements.get('tl-duty-calculator') ?? customElements.define('tl-duty-calculator', TlDutyCalculator);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', define, { once: true });
else define();
