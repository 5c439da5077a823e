/** The part of every reciprocal rate that all partners pay (EO 14257 sec. 3(a)). */
export const BASELINE_RATE = 10;
