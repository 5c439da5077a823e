import { describe, expect, it } from 'vitest';
import { formulaSteps, rateWithDivisor } from '../../src/charts/reciprocal-formula/math';
import {
  allRates,
  balanceWords,
  exportsRange,
  floorCount,
  type ReactivePartner,
  reactiveNumbers,
  renderDots,
} from '../../src/charts/reciprocal-formula/reactive';
import { createDocument } from '../../src/site/render-svg';

// Round figures (US$ millions), not the live data: easy to check by hand.
const partners: ReactivePartner[] = [
  { code: 'AA', name: 'Alpha', imports: 400_000, exports: 140_000 },
  { code: 'BB', name: 'Beta', imports: 1000, exports: 1200 },
  { code: 'CC', name: 'Gamma', imports: 1000, exports: 850 },
  { code: 'DD', name: 'Delta', imports: 1000, exports: 500 },
];
const [alpha] = partners as [ReactivePartner];

describe('reactive rate: the formula with the reader’s inputs', () => {
  it('gives the announced rate with the announced divisor: (400 − 140) / 400 = 65% → 32.5 → 33%', () => {
    expect(reactiveNumbers(alpha, { exports: 140_000, divisor: 2 })).toMatchObject({ deficit: 260_000, share: 65, rate: 33 });
    for (const p of partners) expect(rateWithDivisor(p.imports, p.exports, 2)).toBe(formulaSteps(p.imports, p.exports).rate);
  });

  it('follows the exports: doubling them to 280 gives 30% → 15%', () => {
    expect(reactiveNumbers(alpha, { exports: 280_000, divisor: 2 }).rate).toBe(15);
    expect(reactiveNumbers(alpha, { exports: 280_000, divisor: 2 }).changedExports).toBe(true);
  });

  it('follows the divisor: 65% divided by 1 is 65%, by 4 is 17%', () => {
    expect(reactiveNumbers(alpha, { exports: 140_000, divisor: 1 }).rate).toBe(65);
    expect(reactiveNumbers(alpha, { exports: 140_000, divisor: 4 }).rate).toBe(17);
  });

  it('puts surpluses and small deficits at the 10% floor, and counts them', () => {
    expect(allRates(partners, 'AA', { exports: 140_000, divisor: 2 }).map((r) => r.rate)).toEqual([33, 10, 10, 25]);
    expect(floorCount(partners, 'AA', { exports: 140_000, divisor: 2 })).toEqual({ atFloor: 2, total: 4 });
    // Dividing by 4: Delta's 50% becomes 13%, still above the floor; Alpha 17%.
    expect(floorCount(partners, 'AA', { exports: 140_000, divisor: 4 })).toEqual({ atFloor: 2, total: 4 });
    expect(balanceWords(-200)).toBe('a surplus of $0.2 billion');
  });

  it('slides exports on a grid through the 2024 figure, from near zero to past balanced trade', () => {
    const r = exportsRange(alpha);
    expect(r.step).toBe(2000);
    expect((140_000 - r.min) % r.step).toBe(0);
    expect(r.min).toBeLessThan(r.step);
    expect(r.max).toBeGreaterThanOrEqual(500_000);
  });

  it('draws one dot per partner, the reader’s partner named with its rate', () => {
    const svg = renderDots(createDocument(), partners, 'AA', { exports: 140_000, divisor: 2 });
    expect(svg.querySelectorAll('circle').length).toBe(4);
    expect(svg.querySelector('.rx-focus-label')?.textContent).toBe('Alpha 33%');
    expect(svg.getAttribute('aria-label')).toContain('2 at the 10% floor');
  });
});
