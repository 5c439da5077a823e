import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/support/page-weight';
import { DIST, htmlPages, readPage } from '../support/dist';

interface Budget {
  name: string;
  match: string;
  max: Partial<Record<'jsGzip' | 'cssGzip' | 'htmlGzip' | 'totalGzip', number>>;
}
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as { pageTypes: Budget[] };
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const INTERACTIVE =
  'tl-chart[data-interactive], tl-explorer, tl-scrolly, tl-chart-kit, tl-embed, tl-search, tl-duty-calculator, tl-reactive, tl-wall';

describe.each(htmlPages())('%s', (path) => {
  const budget = budgets.pageTypes.find((b) => new RegExp(b.match).test(path));
  const weight = pageWeight(path, DIST, base);

  it(`stays within its "${budget?.name}" budget`, () => {
    const measured = {
      jsGzip: weight.js.gz,
      cssGzip: weight.css.gz,
      htmlGzip: weight.html.gz,
      totalGzip: weight.js.gz + weight.css.gz + weight.html.gz,
    };
    for (const [key, max] of Object.entries(budget?.max ?? {})) {
      expect(measured[key as keyof typeof measured], `${key} of ${path}`).toBeLessThanOrEqual(max);
    }
  });

  it('ships no JavaScript unless it has something interactive', () => {
    if (readPage(path).querySelector(INTERACTIVE)) return;
    expect(weight.js.raw).toBe(0);
  });
});
