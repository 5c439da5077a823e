/**
 * <tl-wall>: the browser half of /explore/wall/. Reads the day and product from the URL (a bad
 * value falls back to the default with a note), wires the date scrubber and the product picker,
 * and on every change re-ranks the rows with the module the build used. Rows are kept (an open
 * one stays open) and slide to their new places, so the reader sees the order change.
 */
import { readCalculatorState } from '../charts/tariff-stack/calculator-state';
import type { StackData } from '../charts/tariff-stack/rules';
import { dayAt, indexOf } from '../charts/tariff-stack/timeline';
import { fillWallRow, renderWallRow, type WallState, wallRanks, wallRows, wallSummary } from '../charts/tariff-stack/wall';
import { readQuery } from '../shared/url-state';
import { wireScrubber } from './date-scrubber';

class TlWall extends HTMLElement {
  #data!: StackData;
  #state!: WallState;
  #announceTimer = 0;
  #urlTimer = 0;

  connectedCallback() {
    const json = this.querySelector('script.tl-model')?.textContent;
    const list = this.querySelector('ol.wall-list');
    if (!json || !list) return;
    this.#data = JSON.parse(json) as StackData;
    const defaults = { product: this.dataset.product ?? 'other', date: this.dataset.date ?? this.#data.end };
    // The two params this page uses, checked by the calculator's rules.
    const search = new URLSearchParams(readQuery(location.search, ['date', 'product']));
    const { state, problems } = readCalculatorState(this.#data, search, {
      partner: 'CN',
      vs: 'JP',
      value: 1000,
      product: defaults.product as WallState['product'],
      date: defaults.date,
    });
    this.#state = { product: state.product, date: state.date };
    this.#showProblems(problems);
    const scrubber = wireScrubber(
      this,
      (i) => dayAt(this.#data, i),
      (day) => this.#update({ date: day }),
    );
    scrubber?.set(indexOf(this.#data, this.#state.date));
    const product = this.querySelector<HTMLSelectElement>('select[name="product"]');
    if (product) {
      product.value = this.#state.product;
      product.addEventListener('change', () => this.#update({ product: product.value as WallState['product'] }));
    }
    this.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault());
    this.#render(false);
  }

  #update(next: Partial<WallState>) {
    this.#state = { ...this.#state, ...next };
    this.#render(true);
    clearTimeout(this.#urlTimer);
    this.#urlTimer = window.setTimeout(() => {
      const url = new URL(location.href);
      url.search = new URLSearchParams({ date: this.#state.date, product: this.#state.product }).toString();
      history.replaceState(history.state, '', url);
    }, 200);
  }

  #render(animate: boolean) {
    const list = this.querySelector('ol.wall-list');
    if (!list) return;
    const rows = wallRows(this.#data, this.#state);
    const ranks = wallRanks(rows);
    const existing = new Map([...list.querySelectorAll<HTMLLIElement>('li.wall-row')].map((li) => [li.dataset.code ?? '', li]));
    const before = new Map([...existing].map(([code, li]) => [code, li.getBoundingClientRect().top]));
    const ordered = rows.map((row, i) => {
      const li = existing.get(row.code);
      if (!li) return renderWallRow(document, this.#data, row, ranks[i] ?? i + 1, this.#state);
      fillWallRow(document, this.#data, li, row, ranks[i] ?? i + 1, this.#state);
      return li;
    });
    list.replaceChildren(...ordered);
    if (animate && !matchMedia('(prefers-reduced-motion: reduce)').matches) {
      // FLIP: each row starts where it was and slides to its new place.
      for (const li of ordered) {
        const was = before.get(li.dataset.code ?? '');
        if (was === undefined) continue;
        const delta = was - li.getBoundingClientRect().top;
        if (Math.abs(delta) < 1) continue;
        li.style.transition = 'none';
        li.style.transform = `translateY(${delta}px)`;
        requestAnimationFrame(() => {
          li.style.transition = 'transform 300ms ease-out';
          li.style.transform = '';
        });
      }
    }
    const summary = this.querySelector('.wall-summary');
    if (summary) summary.textContent = wallSummary(rows, this.#state);
    clearTimeout(this.#announceTimer);
    this.#announceTimer = window.setTimeout(() => {
      const status = this.querySelector('.wall-status');
      if (status && animate) status.textContent = wallSummary(rows, this.#state);
    }, 400);
  }

  #showProblems(problems: string[]) {
    const box = this.querySelector<HTMLElement>('.explore-problems');
    if (!box || problems.length === 0) return;
    const ul = document.createElement('ul');
    for (const p of problems) {
      const li = document.createElement('li');
      li.textContent = p;
      ul.append(li);
    }
    box.append(ul);
    box.hidden = false;
  }
}

// The page loads this script with `async` (scripts/async-scripts.mjs): it defines the element once
// the parser is done, so the element upgrades with all its children in place.
const define = () => customElements.get('tl-wall') ?? customElements.define('tl-wall', TlWall);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', define, { once: true });
else define();
