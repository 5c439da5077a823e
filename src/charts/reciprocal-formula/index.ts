import { z } from 'astro/zod';
import { partnerCodes } from '../../schemas/common';
import { formatMoney, formatSigned } from '../../shared/format';
import { theName } from '../shared/names';
import type { ChartDefinition } from '../types';
import { FLOOR, formulaSteps } from './math';
import { type FormulaPartner, type FormulaState, formulaHeight, formulaTable, renderFormula, SCALE_MAX } from './svg';

type View = 'worked';

/** Codes the site knows that are not reciprocal-tariff partners (Canada and Mexico are outside the scheme). */
const notInDataset = new Set(['SG', 'HK', 'MX', 'CA', 'DE', 'IE', 'US']);
/** Partners with formula inputs in reciprocal-rates (a unit test keeps this list and the dataset in step). */
export const formulaPartnerCodes = partnerCodes.filter((code) => !notInDataset.has(code)) as unknown as readonly [string, ...string[]];
/** US exports as a percentage of their 2024 level, in steps of 5: the slider's positions. */
export const exportLevels = Array.from({ length: SCALE_MAX / 5 + 1 }, (_, i) => String(i * 5)) as [string, ...string[]];

/** The reader's choices; MDX may set them too: `<Chart id="reciprocal-formula" partner="VN" exports="150" />`. */
export const reciprocalFormulaParams = z.strictObject({
  /** Partner code, e.g. "JP" or "EU". */
  partner: z.enum(formulaPartnerCodes).default('CN'),
  /** US exports to the partner as a percentage of their 2024 level, 0 to 200 in steps of 5. */
  exports: z.enum(exportLevels).default('100'),
});
export type ReciprocalFormulaParams = z.output<typeof reciprocalFormulaParams>;

interface Model {
  /** Every partner with formula inputs, by name. */
  partners: FormulaPartner[];
  /** How the formula fares against the 57 Annex I rates. */
  annex: { total: number; matches: number; differ: { name: string; computed: number; published: number }[] };
  /** Partners whose inputs, as rounded to $0.1 million in the dataset, give another rate than the unrounded figures. */
  roundingAffected: string[];
  sourceLine: string;
  asOf: string;
}

/** The state to draw for a set of params; unknown codes fall back to the default partner. */
export function formulaState(model: Model, params: Partial<ReciprocalFormulaParams> | undefined): FormulaState {
  const { partner, exports } = reciprocalFormulaParams.parse(params ?? {});
  const found =
    model.partners.find((p) => p.code === partner) ?? model.partners.find((p) => p.code === 'CN') ?? (model.partners[0] as FormulaPartner);
  return { partner: found, scale: Number(exports) };
}

const list = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

export const reciprocalFormula: ChartDefinition<Model, View, ReciprocalFormulaParams> = {
  id: 'reciprocal-formula',
  name: 'How the 2 April “reciprocal” rates were computed',
  views: ['worked'],
  viewLabels: { worked: 'Worked example' },
  datasets: ['reciprocal-rates', 'references'],
  height: formulaHeight,
  params: reciprocalFormulaParams,

  model(data) {
    const dataset = data('reciprocal-rates');
    const partners = dataset.records
      .flatMap((r): FormulaPartner[] =>
        r.formula
          ? [
              {
                code: r.partner,
                name: r.name,
                imports: r.formula.imports2024,
                exports: r.formula.exports2024,
                april2: r.april2Rate,
                inAnnex: r.annexI !== null,
                fullPrecision: r.formula.formulaRate,
              },
            ]
          : [],
      )
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
    const annexPartners = partners.filter((p) => p.inAnnex);
    const differ = annexPartners
      .map((p) => ({ name: p.name, computed: p.fullPrecision, published: p.april2 }))
      .filter((d) => d.computed !== d.published);
    const census = data('references').records.find((r) => r.id === 'census-country-xlsx-2025-04');
    const censusText = `${census ? `${census.issuer}, ${census.title}. ` : ''}${dataset.vintage}`;
    return {
      partners,
      annex: { total: annexPartners.length, matches: annexPartners.length - differ.length, differ },
      roundingAffected: partners.filter((p) => formulaSteps(p.imports, p.exports).rate !== p.fullPrecision).map((p) => p.name),
      sourceLine: `${censusText} Published rates: EO 14257 Annex I as carried in HTSUS ch. 99, U.S. note 2(v)(xviii). Method: USTR’s reciprocal tariff calculation as quoted in press copies. The computed rates are this site’s calculation, not published figures.`,
      asOf: dataset.asOf,
    };
  },

  figure(model, _view, params) {
    const state = formulaState(model, params);
    const p = state.partner;
    const s = formulaSteps(p.imports, p.exports);
    const { total, matches, differ } = model.annex;
    const name = theName(p.name);
    const compare = !p.inAnnex
      ? `${theName(p.name, true)} was not in Annex I and paid the ${FLOOR}% baseline.`
      : p.fullPrecision === p.april2
        ? `The rate published on 2 April 2025 is also ${p.april2}%.`
        : `The rate published on 2 April 2025 is ${p.april2}%.`;
    const balance =
      s.deficit < 0
        ? `The US has a surplus of ${formatSigned(-s.share, 1)}% of imports`
        : `The deficit is ${formatSigned(s.share, 1)}% of imports`;
    const differText = differ.length
      ? `${list(differ.map((d) => `${d.name} (computed ${d.computed}%, published ${d.published}%)`))} ${differ.length === 1 ? 'is' : 'are'} the exception${differ.length === 1 ? '' : 's'}.`
      : 'There is no exception.';
    const rounding = model.roundingAffected.length
      ? ` The figures shown are rounded to $0.1 million; for ${list(model.roundingAffected.map((n) => theName(n)))} that moves the computed rate by a point, and the chart gives both.`
      : '';
    return {
      title: `Round the US goods deficit as a share of imports to a whole percent, halve it rounding up, with a ${FLOOR}% floor: that gives ${matches} of the ${total} rates announced on 2 April 2025`,
      alt: `Worked example for ${name}: in 2024 the US imported ${formatMoney(p.imports)} of its goods and exported ${formatMoney(p.exports)} to it. ${balance}; the formula gives ${p.fullPrecision}%. ${compare}`,
      description: `The bars show US goods imports from the partner in 2024, US exports to it and the gap between them. The three steps apply the formula: the deficit as a share of imports, rounded to a whole percent; half of it, rounded up; and at least ${FLOOR}%. The filled bar is the rate the formula gives, the solid line the rate published on 2 April 2025 and the dashed line the ${FLOOR}% floor. With JavaScript on, pick another partner or move the exports slider (0 to ${SCALE_MAX}% of the 2024 level) to see the rate move. USTR’s published method, Δτ = (x − m)/(ε·φ·m) with ε = 4 and φ = 0.25, reduces to the deficit as a share of imports; the announced rate is half of that with a ${FLOOR}% floor. Run on the Census figures of April 2025 it gives ${matches} of the ${total} Annex I rates. ${differText}${rounding} Left out: the Annex I rates applied only on 9 April 2025 (from 10 April every reciprocal-tariff partner but China paid 10%; Canada and Mexico were outside the scheme); partners not in Annex I paid the ${FLOOR}% baseline whatever the formula gives; the inputs are 2024 as first published, before later Census revisions. USTR’s own page was not seen, only press copies of it.`,
      sourceLine: model.sourceLine,
      asOf: model.asOf,
    };
  },

  render(model, _view, { document, width, params }) {
    return renderFormula(document, formulaState(model, params), width);
  },

  table(model, _view, params) {
    return formulaTable(formulaState(model, params));
  },

  explorer: {
    controls(model, _view, params) {
      const state = formulaState(model, params);
      return [
        {
          name: 'partner',
          label: 'Partner',
          kind: 'select',
          value: state.partner.code,
          options: model.partners.map((p) => ({ value: p.code, label: p.inAnnex ? p.name : `${p.name} (not in Annex I)` })),
        },
        {
          name: 'exports',
          label: 'US exports, % of their 2024 level',
          kind: 'range',
          value: String(state.scale),
          min: 0,
          max: SCALE_MAX,
          step: 5,
          unit: '%',
        },
      ];
    },
    clientModel: (model) => ({ partners: model.partners }),
  },
};
