/**
 * <tl-reactive>: the browser half of <ReactiveRate>. The two numbers the reader may change are
 * native range inputs inside the sentences (keyboard, pointer, touch and screen readers work as
 * on any slider; aria-valuetext speaks dollars). On every move the deficit, the share, the rate,
 * the floor count and the dot plot are recomputed with the module the build used. A number the
 * reader has changed is marked as theirs, with the sourced figure beside it and a reset.
 */
import {
  balanceWords,
  DIVISOR,
  divisorText,
  floorCount,
  type ReactivePartner,
  reactiveNumbers,
  renderDots,
  shareText,
} from '../charts/reciprocal-formula/reactive';
import { formatBillionsWords } from '../shared/format';

class TlReactive extends HTMLElement {
  connectedCallback() {
    const json = this.querySelector('script.rx-model')?.textContent;
    const exportsInput = this.querySelector<HTMLInputElement>('input.rx-exports');
    const divisorInput = this.querySelector<HTMLInputElement>('input.rx-divisor');
    if (!json || !exportsInput || !divisorInput) return;
    const { focus, partners } = JSON.parse(json) as { focus: string; partners: ReactivePartner[] };
    const partner = partners.find((p) => p.code === focus);
    if (!partner) return;
    const q = (selector: string) => this.querySelector(selector);
    const mark = q('.rx-mark');
    const sourcedMark = mark?.innerHTML ?? '';
    const sourceHref = mark?.querySelector('a')?.getAttribute('href') ?? '';
    const divisorMark = q('.rx-divisor-mark');
    const reset = this.querySelector<HTMLButtonElement>('.rx-reset');
    const plots = [...this.querySelectorAll<HTMLElement>('.rx-plot')];

    const update = () => {
      const inputs = { exports: Number(exportsInput.value), divisor: Number(divisorInput.value) };
      const n = reactiveNumbers(partner, inputs);
      const yoursExports = inputs.exports !== partner.exports;
      const yoursDivisor = inputs.divisor !== DIVISOR;
      const exportsText = formatBillionsWords(inputs.exports);
      exportsInput.setAttribute('aria-valuetext', yoursExports ? exportsText : `${exportsText}, the 2024 figure`);
      divisorInput.setAttribute(
        'aria-valuetext',
        yoursDivisor ? divisorText(inputs.divisor) : `${divisorText(inputs.divisor)}, as announced`,
      );
      const out = (selector: string, text: string) => {
        const node = q(selector);
        if (node && node.textContent !== text) node.textContent = text;
      };
      out('.rx-exports-out', exportsText);
      out('.rx-balance', balanceWords(n.deficit));
      out('.rx-share', shareText(n.share));
      out('.rx-rate', `${n.rate}%`);
      out('.rx-divisor-out', divisorText(inputs.divisor));
      const { atFloor, total } = floorCount(partners, focus, inputs);
      out('.rx-floor', `${atFloor} of ${total}`);
      q('.rx-exports-out')?.classList.toggle('is-yours', yoursExports);
      q('.rx-divisor-out')?.classList.toggle('is-yours', yoursDivisor);
      // The sourced figure stays in view beside the reader's own number.
      if (mark) {
        if (yoursExports) {
          // The sourced figure stays one click from its source.
          const link = document.createElement('a');
          link.href = sourceHref;
          link.textContent = `2024: ${formatBillionsWords(partner.exports)}`;
          mark.replaceChildren('(your number; ', link, ')');
        } else if (mark.innerHTML !== sourcedMark) mark.innerHTML = sourcedMark;
      }
      if (divisorMark)
        divisorMark.textContent = yoursDivisor ? `(your number; announced: ${divisorText(DIVISOR)})` : '(the announced halving)';
      if (reset) reset.disabled = !yoursExports && !yoursDivisor;
      for (const plot of plots) plot.replaceChildren(renderDots(document, partners, focus, inputs, Number(plot.dataset.width)));
    };

    exportsInput.addEventListener('input', update);
    divisorInput.addEventListener('input', update);
    reset?.addEventListener('click', () => {
      exportsInput.value = String(partner.exports);
      divisorInput.value = String(DIVISOR);
      update();
      exportsInput.focus();
    });
    update();
  }
}

// The page loads this script with `async` (scripts/async-scripts.mjs): it defines the element once
// the parser is done, so the element upgrades with all its children in place.
const define = () => customElements.get('tl-reactive') ?? customElements.define('tl-reactive', TlReactive);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', define, { once: true });
else define();
