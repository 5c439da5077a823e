/**
 * The arithmetic behind the 2 April 2025 reciprocal tariff rates, shared by the chart at build
 * time and by its browser client (so it imports nothing).
 *
 * USTR's published method sets Δτ = (x − m) / (ε·φ·m) with ε = 4 and φ = 0.25, which reduces to
 * (x − m) / m: the US goods deficit with a partner as a share of US imports from it. The rate on
 * the 2 April chart is half of that, with a floor of 10%. Re-run on the Census 2024 figures of
 * April 2025 as max(10, ceil(round(100·(m − x)/m) / 2)) it gives 55 of the 57 Annex I rates;
 * this is a computation from Census data, not a published statement.
 */

/** The lowest rate the formula gives, in percent: partners with a small deficit or a surplus pay it. */
export const FLOOR = 10;

/** Each step of the computation for imports m and exports x (any unit, the same for both). */
export interface FormulaSteps {
  imports: number;
  exports: number;
  /** m − x; negative when the US has a surplus. */
  deficit: number;
  /** 100·(m − x)/m, unrounded. */
  share: number;
  /** The share rounded to a whole percent. */
  rounded: number;
  /** Half the rounded share, before rounding up. */
  half: number;
  /** Half the share rounded up to a whole percent. */
  halfUp: number;
  /** max(FLOOR, halfUp): the rate. */
  rate: number;
  /** True when the floor, not the deficit, sets the rate. */
  floored: boolean;
}

/** Works through the formula step by step. With no imports there is no deficit to halve: the floor applies. */
export function formulaSteps(imports: number, exports: number): FormulaSteps {
  const deficit = imports - exports;
  const share = imports > 0 ? (100 * deficit) / imports : 0;
  const rounded = Math.round(share);
  const half = rounded / 2;
  const halfUp = Math.ceil(half);
  const rate = Math.max(FLOOR, halfUp);
  return { imports, exports, deficit, share, rounded, half, halfUp, rate, floored: halfUp < FLOOR };
}

/** The 2 April rate the formula gives, in percent. */
export const reciprocalRate = (imports: number, exports: number): number => formulaSteps(imports, exports).rate;

/**
 * The rate with another last step: the rounded deficit share divided by `divisor` (2 in the
 * announced formula), rounded up, with the same floor. With `divisor` 2 it equals `formulaSteps().rate`.
 */
export function rateWithDivisor(imports: number, exports: number, divisor: number): number {
  const { rounded } = formulaSteps(imports, exports);
  return Math.max(FLOOR, Math.ceil(rounded / divisor));
}
