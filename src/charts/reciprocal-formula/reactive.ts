/**
 * The reactive sentences of the reciprocal essay (<ReactiveRate>): US exports to one partner and
 * the formula's last divisor are the reader's to change; the deficit, its share of imports, the
 * rate, and every partner's rate in the dot plot follow. Pure and browser-safe: the build renders
 * the default state with it and the browser recomputes with it on every move.
 */
import { formatBillionsWords, formatPercent, formatSigned } from '../../shared/format';
import { colour } from '../../shared/palette';
import { svgEl, svgRoot } from '../shared/svg';
import { FLOOR, formulaSteps, rateWithDivisor } from './math';

/** One partner as the sentence and the dot plot need it (US$ millions, Census 2024 as first published). */
export interface ReactivePartner {
  code: string;
  name: string;
  imports: number;
  exports: number;
}

/** The reader's inputs. */
export interface ReactiveInputs {
  /** US exports to the sentence's partner, US$ millions. */
  exports: number;
  /** What the deficit share is divided by: 2 in the announced formula. */
  divisor: number;
}

/** The divisor the announced formula used (halving). */
export const DIVISOR = 2;
export const DIVISOR_RANGE = { min: 1, max: 4, step: 0.5 } as const;
/** The dot plot's axis: fixed, so dots move against it rather than it moving under them. */
const AXIS_MAX = 100;

/**
 * The exports slider for a partner, in US$ millions: a step of about 1/200 of its imports, and a
 * grid that passes exactly through the 2024 figure (so Reset lands on the sourced value and arrow
 * keys leave it by whole steps), from near zero to a quarter beyond balanced trade.
 */
export function exportsRange(p: ReactivePartner): { min: number; max: number; step: number } {
  const target = Math.max(p.imports, p.exports) / 200;
  const step = [1, 10, 100, 1000, 10_000].flatMap((k) => [1, 2, 5].map((m) => m * k)).find((s) => s >= target) ?? 50_000;
  const min = Math.round((p.exports % step) * 10) / 10;
  const stepsUp = Math.ceil((Math.max(p.imports, p.exports) * 1.25 - min) / step);
  return { min, max: Math.round((min + stepsUp * step) * 10) / 10, step };
}

/** Everything the sentences show, for one partner and the reader's inputs. */
export function reactiveNumbers(p: ReactivePartner, inputs: ReactiveInputs) {
  const s = formulaSteps(p.imports, inputs.exports);
  const rate = rateWithDivisor(p.imports, inputs.exports, inputs.divisor);
  return {
    exports: inputs.exports,
    deficit: s.deficit,
    share: s.rounded,
    rate,
    floored: rate === FLOOR && Math.ceil(s.rounded / inputs.divisor) <= FLOOR,
    changedExports: inputs.exports !== p.exports,
  };
}

/** Every partner's rate under the reader's inputs (the sentence's partner with the reader's exports). */
export function allRates(partners: ReactivePartner[], focus: string, inputs: ReactiveInputs) {
  return partners.map((p) => ({
    code: p.code,
    name: p.name,
    rate: rateWithDivisor(p.imports, p.code === focus ? inputs.exports : p.exports, inputs.divisor),
  }));
}

/** "the US would have run a deficit of $295.4 billion" or "a surplus of …". */
export function balanceWords(deficit: number): string {
  return deficit >= 0 ? `a deficit of ${formatBillionsWords(deficit)}` : `a surplus of ${formatBillionsWords(-deficit)}`;
}

/** "2", "2.5": the divisor as the sentence writes it. */
export const divisorText = (d: number) => (Number.isInteger(d) ? String(d) : d.toFixed(1));

/** The sentence's words for the share: "67% of imports", or "−12% of imports" for a surplus. */
export const shareText = (share: number) => `${formatSigned(share)}% of imports`;

/** How many partners sit at the floor, in words, for the dot plot's heading. */
export function floorCount(partners: ReactivePartner[], focus: string, inputs: ReactiveInputs) {
  const rates = allRates(partners, focus, inputs);
  return { atFloor: rates.filter((r) => r.rate === FLOOR).length, total: rates.length };
}

/**
 * The dot plot: one dot per partner at its rate (whole percents), dots of equal rate stacked, the
 * 10% floor marked, the sentence's partner drawn larger and named. Fixed axis 0–100%.
 */
export function renderDots(doc: Document, partners: ReactivePartner[], focus: string, inputs: ReactiveInputs, width = 680) {
  const rates = allRates(partners, focus, inputs);
  const { atFloor, total } = floorCount(partners, focus, inputs);
  const gap = 5.5;
  const counts = new Map<number, number>();
  for (const r of rates) counts.set(r.rate, (counts.get(r.rate) ?? 0) + 1);
  // Room for the tallest pile any divisor makes (plus the reader's partner), so the plot never changes height.
  let tallest = 1;
  for (let d = DIVISOR_RANGE.min; d <= DIVISOR_RANGE.max; d += DIVISOR_RANGE.step) {
    const piles = new Map<number, number>();
    for (const r of allRates(partners, '', { exports: 0, divisor: d })) piles.set(r.rate, (piles.get(r.rate) ?? 0) + 1);
    tallest = Math.max(tallest, ...piles.values(), ...counts.values());
  }
  tallest += 1;
  const base = 30 + tallest * gap;
  const height = base + 40;
  const left = 8;
  const x = (rate: number) => left + (Math.min(rate, AXIS_MAX) / AXIS_MAX) * (width - left - 16);
  const svg = svgRoot(
    doc,
    width,
    height,
    `Dot plot of the rate the formula gives each of ${total} partners, dividing by ${divisorText(inputs.divisor)}: ${atFloor} at the ${FLOOR}% floor.`,
  );
  svg.setAttribute('class', 'rx-dots');
  // The floor: a band where the dots pile up.
  svg.append(
    svgEl(doc, 'line', {
      x1: x(FLOOR),
      x2: x(FLOOR),
      y1: 14,
      y2: base + 4,
      stroke: colour('muted'),
      'stroke-dasharray': '3 2',
      'stroke-width': 1.5,
    }),
    svgEl(doc, 'text', { x: x(FLOOR) + 4, y: 12, fill: 'var(--text-muted)' }, `${FLOOR}% floor: ${atFloor} of ${total} partners`),
  );
  const placed = new Map<number, number>();
  const sorted = [...rates].sort((a, b) => Number(a.code === focus) - Number(b.code === focus));
  for (const r of sorted) {
    const n = placed.get(r.rate) ?? 0;
    placed.set(r.rate, n + 1);
    const isFocus = r.code === focus;
    const cy = base - n * gap - 3;
    svg.append(
      svgEl(doc, 'circle', {
        cx: x(r.rate),
        cy,
        r: isFocus ? 5 : 2.5,
        // A rate set by the floor is the baseline; above it, the reciprocal formula.
        fill: r.rate === FLOOR ? colour('baseline') : colour('reciprocal'),
        stroke: isFocus ? 'var(--text)' : null,
        'stroke-width': isFocus ? 1.5 : null,
        class: isFocus ? 'rx-focus' : null,
      }),
    );
    if (isFocus) {
      const label = `${r.name} ${formatPercent(r.rate)}`;
      const anchor = x(r.rate) > width - 120 ? 'end' : 'start';
      svg.append(
        svgEl(
          doc,
          'text',
          { x: x(r.rate) + (anchor === 'end' ? -8 : 8), y: cy - 6, 'text-anchor': anchor, 'font-weight': 700, class: 'rx-focus-label' },
          label,
        ),
      );
    }
  }
  // Axis.
  svg.append(svgEl(doc, 'line', { x1: x(0), x2: x(AXIS_MAX), y1: base + 4, y2: base + 4, stroke: 'currentColor' }));
  for (let v = 0; v <= AXIS_MAX; v += 10) {
    svg.append(
      svgEl(doc, 'line', { x1: x(v), x2: x(v), y1: base + 4, y2: base + 8, stroke: 'currentColor' }),
      svgEl(
        doc,
        'text',
        { x: x(v), y: base + 22, 'text-anchor': v === 0 ? 'start' : 'middle', fill: 'var(--text-muted)' },
        v === AXIS_MAX ? `${v}%` : String(v),
      ),
    );
  }
  svg.append(
    svgEl(doc, 'text', { x: x(0), y: base + 38, fill: 'var(--text-muted)' }, 'Rate the formula gives each partner (one dot each)'),
  );
  return svg;
}
