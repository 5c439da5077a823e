import { describe, expect, it } from 'vitest';
import { readPage } from '../support/dist';

// The explorables as a reader without JavaScript gets them: the default state, its numbers in the
// page text, and a note that the controls need JavaScript.
describe('explorables in the built site', () => {
  it('the duty calculator shows its default case in dollars, with laws and linked documents', () => {
    const page = readPage('/explore/duty-calculator/');
    expect(page.querySelector('.explore-nojs')?.textContent).toContain('The controls need JavaScript');
    const columns = [...page.querySelectorAll('.calc-partner')];
    expect(columns.map((c) => c.querySelector('h2')?.textContent)).toEqual(['China', 'Japan']);
    expect(columns.map((c) => c.querySelector('.calc-duty')?.textContent)).toEqual(['$300.00', '$100.00']);
    expect(columns[0]?.querySelector('tfoot')?.textContent).toContain('$300.00');
    expect(columns[0]?.textContent).toContain('IEEPA');
    expect(columns[0]?.querySelectorAll('td.calc-docs a').length).toBeGreaterThan(0);
    expect(page.querySelectorAll('svg.calc-bar[role="img"]').length).toBe(2);
    expect(page.querySelector('input#calc-date')?.getAttribute('min')).toBe('0');
  });

  it('the wall lists every partner, each row opening its stack', () => {
    const page = readPage('/explore/wall/');
    const rows = page.querySelectorAll('li.wall-row');
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) {
      expect(row.querySelector('details summary .wall-rate')?.textContent).toMatch(/%/);
      expect(row.querySelector('details a.wall-calc')?.getAttribute('href')).toMatch(/^\.\.\/duty-calculator\/\?partner=/);
    }
    expect(page.querySelector('.wall-summary')?.textContent).toMatch(/partners at/);
  });

  it('the reciprocal essay writes its reactive sentences with the sourced figures', () => {
    const page = readPage('/stories/reciprocal-rates-computed/');
    const rx = page.querySelector('tl-reactive[data-partner="CN"]');
    expect(rx?.querySelector('.rx-exports-out')?.textContent).toBe('$143.5 billion');
    expect(rx?.querySelector('.rx-rate')?.textContent).toBe('34%');
    expect(rx?.querySelector('input.rx-exports')?.getAttribute('aria-valuetext')).toBe('$143.5 billion');
    expect(rx?.querySelector('.rx-nojs')?.textContent).toContain('JavaScript');
  });

  it('/explore/ lists the calculator, the wall and the essay with reactive sentences', () => {
    const hrefs = [...readPage('/explore/').querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['/explore/duty-calculator/', '/explore/wall/', '/stories/reciprocal-rates-computed/']));
  });

  it('the home page and the chart gallery link to both explorables', () => {
    for (const path of ['/', '/charts/']) {
      const hrefs = [...readPage(path).querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs, path).toContain('/explore/duty-calculator/');
      expect(hrefs, path).toContain('/explore/wall/');
    }
  });
});
