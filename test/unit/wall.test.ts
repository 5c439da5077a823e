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

  it('in 2026 every partner pays the Section 122 10% (1 March), then its Section 301 tier (1 August)', () => {
    const march = { product: 'other' as const, date: '2026-03-01' };
    const rowsMarch = wallRows(data, march);
    expect(rowsMarch.map((r) => [r.code, r.stack.total, r.stack.layers.map((l) => l.kind)])).toEqual([
      ['CN', 10, ['section122']],
      ['IN', 10, ['section122']],
      ['JP', 10, ['section122']],
    ]);
    expect(wallSummary(rowsMarch, march)).toBe('1 Mar 2026, other goods: highest 3 partners at 10%; 3 of 3 partners at 10%.');
    const august = { product: 'other' as const, date: '2026-08-01' };
    expect(wallRows(data, august).map((r) => [r.code, r.stack.total, r.stack.upTo])).toEqual([
      ['CN', 12.5, false],
      ['JP', 12.5, true],
      ['IN', 10, false],
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

  it('shows a 2026 layer with its rate, rule and document, and the ceiling of an all-in tier', () => {
    const state = { product: 'other' as const, date: '2026-08-01' };
    const ol = renderWall(createDocument(), data, state);
    const jp = ol.querySelector('li.wall-row[data-code="JP"]');
    expect(jp?.querySelector('.wall-rate')?.textContent).toBe('≤12.5%');
    expect(jp?.textContent).toContain('Section 301 forced-labor tariff: up to 12.5%.');
    expect(jp?.querySelector('.wall-src a')?.textContent).toBe('Memorandum of 23 Jul 2026 (Section 301)');
    expect(jp?.querySelector('a.wall-calc')?.getAttribute('href')).toBe(
      '../duty-calculator/?partner=JP&product=other&date=2026-08-01&value=1000',
    );
  });
});
