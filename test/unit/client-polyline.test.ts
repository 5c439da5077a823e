import { describe, expect, it } from 'vitest';
import { polylineVertices } from '../../src/client/polyline';

describe('polylineVertices', () => {
  it('reads absolute and relative moves and lines, as render-svg writes them', () => {
    expect(polylineVertices('M43,91.5l13,-1.3l13,0.7')).toEqual([
      [43, 91.5],
      [56, expect.closeTo(90.2, 6)],
      [69, expect.closeTo(90.9, 6)],
    ]);
    expect(polylineVertices('M0,0L10,5 20,5')).toEqual([
      [0, 0],
      [10, 5],
      [20, 5],
    ]);
  });

  it('reads horizontal and vertical steps and repeated pairs after a move', () => {
    expect(polylineVertices('M1,2h3v-1H0V10')).toEqual([
      [1, 2],
      [4, 2],
      [4, 1],
      [0, 1],
      [0, 10],
    ]);
    expect(polylineVertices('m1,1 2,2 3,3')).toEqual([
      [1, 1],
      [3, 3],
      [6, 6],
    ]);
  });

  it('counts a lone point once (drawn as a line of no length so its marker shows)', () => {
    expect(polylineVertices('M5,6h0')).toEqual([[5, 6]]);
    expect(polylineVertices('')).toEqual([]);
  });

  it('reads numbers written without separators and in exponent form', () => {
    expect(polylineVertices('M.5-1l1e1,2.5')).toEqual([
      [0.5, -1],
      [10.5, 1.5],
    ]);
  });
});
