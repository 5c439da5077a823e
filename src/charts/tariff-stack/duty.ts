/**
 * The duty calculator's arithmetic: a shipment's value times each layer of the tariff stack.
 * Pure and browser-safe (the calculator page runs it at build time for the static default and in
 * the browser on every change). Every rate comes from `stackFor` in ./rules; the only number
 * added here is the reader's own shipment value.
 *
 * All the layers are ad valorem (a percentage of the customs value), so the duty on a layer is
 * value × rate / 100. Amounts are kept in cents, rounded half up per layer, so the total the
 * reader sees is always the sum of the lines they see.
 */
import type { Layer, LayerStatus, Stack } from './rules';

/**
 * The law behind each kind of layer, short (the page spells the names out once). Kinds the rules add later (the 2026 regime) fall back to
 * the law named at the start of the layer's own name ("Section 122 …"), so a new kind never
 * shows a wrong law; `null` when neither says.
 */
const LAWS: Partial<Record<string, string>> = {
  section232: 'Section 232 (Trade Expansion Act)',
  fentanyl: 'IEEPA',
  baseline: 'IEEPA',
  country: 'IEEPA',
  'all-in': 'IEEPA',
  reciprocal: 'IEEPA',
  penalty: 'IEEPA',
};

export function lawFor(layer: Pick<Layer, 'kind' | 'name'>): string | null {
  const known = LAWS[layer.kind];
  if (known) return known;
  const named = /^(Section \d+[A-Za-z]?)\b/.exec(layer.name);
  return named?.[1] ?? null;
}

export interface DutyLine {
  layer: Layer;
  law: string | null;
  /** What this layer costs the shipment, in cents: 0 unless the layer is charged. */
  cents: number;
  /**
   * What the layer would cost if it were charged, in cents: for suspended, uncertain, excluded
   * and exempt layers, so the reader sees what the rule that is not applied is worth.
   */
  wouldBeCents: number;
}

export interface Duty {
  /** The reader's shipment value, in cents. */
  valueCents: number;
  lines: DutyLine[];
  /** Sum of the charged lines, in cents. */
  totalCents: number;
  /** A charged layer is a ceiling (all-in rates): the duty is this or less. */
  upTo: boolean;
  /**
   * Total duty as a percentage of the value: the sum of the charged rates, exact (not worked back
   * from rounded cents, which would turn 27.5% of $1 into 28%).
   */
  effectiveRate: number;
  /** Cents that would be due if the suspended layers were charged. */
  suspendedCents: number;
  /** Cents our data cannot confirm (uncertain layers). */
  uncertainCents: number;
}

/** value × rate / 100, in whole cents, half up. */
export const layerCents = (valueCents: number, rate: number) => Math.round((valueCents * rate) / 100);

const sumOf = (lines: DutyLine[], status: LayerStatus) =>
  lines.filter((l) => l.layer.status === status).reduce((s, l) => s + l.wouldBeCents, 0);

/** The duty on a shipment worth `value` US dollars, layer by layer. */
export function dutyFor(stack: Stack, value: number): Duty {
  if (!Number.isFinite(value) || value < 0) throw new Error(`dutyFor: the shipment value must be a number ≥ 0, got ${value}`);
  const valueCents = Math.round(value * 100);
  const lines = stack.layers.map((layer): DutyLine => {
    const wouldBeCents = layerCents(valueCents, layer.rate);
    return { layer, law: lawFor(layer), cents: layer.status === 'charged' ? wouldBeCents : 0, wouldBeCents };
  });
  const totalCents = lines.reduce((s, l) => s + l.cents, 0);
  return {
    valueCents,
    lines,
    totalCents,
    upTo: stack.upTo,
    effectiveRate: stack.total,
    suspendedCents: sumOf(lines, 'suspended'),
    uncertainCents: sumOf(lines, 'uncertain'),
  };
}
