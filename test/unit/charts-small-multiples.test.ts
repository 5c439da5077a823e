import { describe, expect, it } from 'vitest';
import { linear, niceAxis, panelGrid, pathOf } from '../../src/charts/shared/small-multiples';

describe('small-multiple helpers', () => {
  it('picks at most two ticks above zero and a domain close above the maximum', () => {
    expect(niceAxis(418.2)).toEqual({ max: 450, step: 200, ticks: [0, 200, 400] });
    expect(niceAxis(18.5)).toEqual({ max: 20, step: 10, ticks: [0, 10, 20] });
    expect(niceAxis(83.8)).toEqual({ max: 87.5, step: 50, ticks: [0, 50] });
    expect(niceAxis(10.2)).toEqual({ max: 11.25, step: 5, ticks: [0, 5, 10] });
    expect(niceAxis(0).ticks).toEqual([0, 1]);
  });

  it('lays nine panels in two columns with the free cell after the last', () => {
    const grid = panelGrid({
      width: 340,
      count: 9,
      cols: 2,
      top: 50,
      left: 20,
      right: 0,
      gapX: 20,
      gapY: 10,
      head: 20,
      plot: 60,
      foot: 20,
    });
    expect(grid.panels).toHaveLength(9);
    expect(grid.panels[0]).toMatchObject({ x: 20, y: 70, width: 150, height: 60, col: 0, row: 0 });
    expect(grid.panels[8]).toMatchObject({ col: 0, row: 4 });
    expect(grid.spare).toMatchObject({ col: 1, row: 4, x: 190 });
    expect(grid.height).toBe(50 + 5 * 100 + 4 * 10 + 2);
    expect(
      panelGrid({ width: 680, count: 9, cols: 3, top: 0, left: 0, right: 0, gapX: 0, gapY: 0, head: 0, plot: 10, foot: 0 }).spare,
    ).toBeNull();
  });

  it('maps linearly and writes compact paths', () => {
    expect(linear([0, 10], [100, 0])(2.5)).toBe(75);
    expect(
      pathOf([
        [0, 1],
        [2.345, 3.001],
      ]),
    ).toBe('M0,1L2.35,3');
  });
});
