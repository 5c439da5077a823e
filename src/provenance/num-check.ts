import type { NumProps } from '../schemas/num-props';
import { formatNum } from '../shared/num-format';
import type { PropProblem } from './component-props';
import { lookupField } from './record-field';
import { suggestion } from './suggest';

/**
 * A `<Num>`'s value: the field of the record it names, written in its format, or what is wrong
 * (an unknown dataset, record or field, a value the format cannot write). One resolution, run by
 * the story linter (with the story's line) and by the component as it renders (for uses in .astro
 * pages the linter never reads), so both say the same thing.
 */
export function resolveNum(
  props: NumProps,
  datasets: ReadonlyMap<string, { data: { records: readonly unknown[] } }>,
): { ok: true; text: string; record: Record<string, unknown> } | ({ ok: false } & PropProblem) {
  const { dataset, record, field, format } = props;
  const set = datasets.get(dataset);
  if (!set) return { ok: false, problem: `unknown dataset "${dataset}"`, fix: suggestion(dataset, [...datasets.keys()], 'dataset id') };
  const found = lookupField(set.data.records, dataset, record, field);
  if (!found.ok) return { ok: false, problem: found.problem, fix: found.hint };
  try {
    const text = formatNum(found.value, format, { digits: Number(props.digits ?? 1), signed: props.signed === 'true' });
    return { ok: true, text, record: found.record };
  } catch (error) {
    return {
      ok: false,
      problem: `field "${field}" cannot be written as ${format}: ${(error as Error).message}`,
      fix: 'use format="percent", "billions" or "number" for numbers and "date", "day", "month" or "year" for dates',
    };
  }
}
