import { describe, expect, it } from 'vitest';
import { calculatorLink, renderWall, wallRanks, wallRows, wallSummary } from '../../src/charts/tariff-stack/wall';
import { createDocument } from '../../src/site/render-svg';
import { fixtureStack as data } from './fixtures/stack-data';

describe('the wall: every partner ranked by the duty on a day', () => {
  it('ranks by the charged duty, then by what is suspended, ties sharing a rank (10 April 2025)', () => {
    const rows = wallRows(data, { product: 'other', date: '2025-04-10' });
    expect(rows.map((r) => [r.code, r.stack.total, r.stack.suspended])).toEqual([
      ['CN', 145, 0],
      ['IN', 10, 16],
      ['JP', 10, 14],
    ]);
    expect(wallRanks(rows)).toEqual([1, 2, 2]);
    expect(wallSummary(rows, { product: 'other', date: '2025-04-10' })).toBe(
      '10 Apr 2025, other goods: highest China at 145%; 2 of 3 partners at 10%.',
    );
  });

  it('reshapes with the day: India tops the wall once its penalty applies (1 September 2025)', () => {
    const rows = wallRows(data, { product: 'other', date: '2025-09-01' });
    expect(rows.map((r) => [r.code, r.stack.total])).toEqual([
      ['IN', 50],
      ['CN', 30],
      ['JP', 15],
    ]);
  });

  it('says when no partner pays anything', () => {
    const state = { product: 'other' as const, date: '2025-01-15' };
    expect(wallSummary(wallRows(data, state), state)).toBe('15 Jan 2025, other goods: no additional US duty on any partner in our data.');
  });

  it('renders one disclosure per partner with its layers, sources and a link to the calculator', () => {
    const state = { product: 'steel-aluminum' as const, date: '2025-06-04' };
    const ol = renderWall(createDocument(), data, state);
    expect(ol.querySelectorAll('li.wall-row details').length).toBe(3);
    const first = ol.querySelector('li.wall-row');
    expect(first?.getAttribute('data-code')).toBe('CN');
    expect(first?.querySelector('.wall-rate')?.textContent).toBe('70%');
    expect(first?.textContent).toContain('Section 232 steel and aluminum duty: 50%');
    expect(first?.querySelector('a.wall-calc')?.getAttribute('href')).toBe(calculatorLink('CN', state));
    expect(calculatorLink('CN', state)).toBe('../duty-calculator/?partner=CN&product=steel-aluminum&date=2025-06-04&value=1000');
  });
});
