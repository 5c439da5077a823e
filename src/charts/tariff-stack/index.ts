import { z } from 'astro/zod';
import type { Citation } from '../../schemas/citation';
import type { Reference } from '../../schemas/datasets/references';
import { addDays, formatDay, formatPercent } from '../../shared/format';
import { BASELINE_RATE } from '../shared/tariff-facts';
import type { ChartDefinition, CitationResolver } from '../types';
import {
  type ChinaStep,
  type Cite,
  PARTNER_CODES,
  type PartnerRules,
  PRODUCT_GROUPS,
  PRODUCT_LABELS,
  partnerDomain,
  RECIPROCAL_CALENDAR,
  type SectorStep,
  type StackData,
} from './rules';
import { DEFAULT_PARAMS, render, type StackParams, stateFor, table } from './view';

/**
 * The essay's sentences the rules lean on where no dataset record carries them. The unit tests
 * check that each occurs in the clean text of its source.
 */
export const QUOTES = {
  /** Section 232 goods pay no reciprocal duty (with EO 14257 sec. 3(b)). */
  exclusion232: { source: 'diplomat-korea-trade-deal', quote: 'the reciprocal tariffs impact all other trade' },
  /** The electronics exemption, as of the essay's writing. */
  electronics: {
    source: 'diplomat-korea-trade-deal',
    quote: 'For the moment, many electronics products such as smartphones and computers will be exempted from the reciprocal tariffs',
  },
} as const;

/** First day a reader can pick. */
export const START = '2025-01-01';

const isoDay = z.iso
  .date({ error: 'expected a calendar date like "2025-07-09"' })
  .refine((d) => d >= START, `the explorer starts on ${START}`);

/** The reader's choices. Dates after the end of the data are moved to its last day. */
export const tariffStackParams = z.strictObject({
  /** Partner code: CN, JP, KR, VN, TW, EU, IN, BR… */
  partner: z.enum(PARTNER_CODES).default(DEFAULT_PARAMS.partner as (typeof PARTNER_CODES)[number]),
  /** cars, steel-aluminum, electronics (smartphones and computers) or other. */
  product: z.enum(PRODUCT_GROUPS).default(DEFAULT_PARAMS.product),
  /** The day, as an ISO date. */
  date: isoDay.default(DEFAULT_PARAMS.date),
});
type Params = z.output<typeof tariffStackParams>;

interface Model {
  data: StackData;
  sectorInstruments: string[];
}

/**
 * A citation as the explorer shows it: documents by identifier and locator ("EO 14257, sec. 3(b)"),
 * sources by publisher and date with their quote. The resolver supplies links and source labels.
 */
function makeCites(cite: CitationResolver, references: readonly Reference[]) {
  const byId = new Map(references.map((r) => [r.id, r]));
  return (citations: readonly Citation[]): Cite[] =>
    citations.map((c, i) => {
      const shown = cite([c])[0] ?? { label: `citation ${i + 1}` };
      let short = shown.label;
      if ('doc' in c) {
        const ref = byId.get(c.doc);
        // A locator like "sec. 3(a): 10% on all trading partners…" is cut at its colon, unless the colon is inside a quoted row name.
        const locator =
          c.locator && !c.locator.slice(0, c.locator.indexOf(': ')).includes('"') && c.locator.includes(': ')
            ? c.locator.slice(0, c.locator.indexOf(': '))
            : c.locator;
        short = `${ref?.identifier ?? c.doc}${locator ? `, ${locator}` : ''}`;
      }
      return { short, ...(shown.quote ? { quote: shown.quote } : {}), ...(shown.href ? { href: shown.href } : {}) };
    });
}

const paramsOrDefault = (params: Partial<Params> | undefined): StackParams => ({ ...DEFAULT_PARAMS, ...(params ?? {}) });

export const tariffStack: ChartDefinition<Model, 'stack', Params> = {
  id: 'tariff-stack',
  name: 'Tariff stack explorer: which US duties apply',
  views: ['stack'],
  viewLabels: { stack: 'Duties by layer' },
  datasets: ['reciprocal-rates', 'sector-tariffs', 'us-china-tariffs', 'negotiations', 'korea-exposure', 'claims', 'references'],
  height: (width) => (width < 480 ? 640 : 460),
  params: tariffStackParams as unknown as z.ZodType<Params>,

  model(data, cite) {
    const rates = data('reciprocal-rates');
    const sectorData = data('sector-tariffs');
    const china = data('us-china-tariffs');
    const korea = data('korea-exposure');
    const claims = data('claims').records;
    const references = data('references').records;
    const cites = makeCites(cite, references);

    const chinaRecord = rates.records.find((r) => r.partner === 'CN');
    if (!chinaRecord) throw new Error('tariff-stack: reciprocal-rates has no record for China (CN)');
    const steps: ChinaStep[] = china.records
      .filter(
        (e) => e.side === 'us' && e.effective !== null && e.components !== null && (e.status === 'effective' || e.status === 'suspended'),
      )
      .sort((a, b) => (a.effective as string).localeCompare(b.effective as string))
      .map((e) => ({
        from: e.effective as string,
        fentanyl: e.components?.fentanyl ?? 0,
        reciprocal: e.components?.reciprocal ?? 0,
        cites: cites(e.citations),
      }));
    const firstFentanyl = china.records.find((e) => e.side === 'us' && e.status === 'effective' && (e.components?.fentanyl ?? 0) > 0);

    // Article sentences about a partner's Annex I rate (claims checked against EO 14257 Annex I).
    const annexQuotes = (code: string) =>
      claims
        .filter((c) => c.partner === code && c.citations.some((x) => 'doc' in x && x.doc === 'eo-14257' && x.locator === 'Annex I'))
        .flatMap((c) => c.citations.filter((x) => 'quote' in x));

    const pauseDoc = cites([{ doc: 'eo-14266' }]);
    // Rules for every partner in reciprocal-rates, not only those in the explorer's picker: the
    // duty calculator and the wall rank and open any of them.
    const partnerCodes = rates.records.map((r) => r.partner as string).filter((code) => code !== 'CN');
    const partners: PartnerRules[] = partnerCodes.map((code) => {
      const r = rates.records.find((x) => x.partner === code);
      if (!r) throw new Error(`tariff-stack: reciprocal-rates has no record for partner ${code}`);
      const eo14326Citations = r.citations.filter((c) => 'doc' in c && c.doc === 'eo-14326');
      const annexCitations = r.citations.filter((c) => !('doc' in c && c.doc === 'eo-14326'));
      const deal = r.deal;
      let allIn: PartnerRules['allIn'] = null;
      if (r.eo14326.rate === null) {
        if (!deal?.rate) throw new Error(`tariff-stack: ${r.name} has an EO 14326 rule but no deal rate to take the ceiling from`);
        allIn = { ceiling: deal.rate, rule: `All-in rate for the ${r.name}: ${r.eo14326.rule ?? deal.rule ?? ''}` };
      } else if (deal?.rule && /all-in/i.test(deal.rule) && deal.rate === r.eo14326.rate) {
        allIn = { ceiling: deal.rate, rule: `All-in rate for ${r.name}: ${deal.rule}` };
      }
      return {
        code,
        name: r.name,
        annexI: r.annexI !== null,
        april2Rate: r.april2Rate,
        eo14326Rate: r.eo14326.rate,
        allIn,
        deal: deal
          ? {
              date: deal.date,
              effective: deal.effective,
              rate: deal.rate,
              rule: deal.rule,
              summary: deal.summary,
              cites: cites(deal.citations),
            }
          : null,
        penalty: r.otherMeasure
          ? {
              announced: r.otherMeasure.announced,
              effective: r.otherMeasure.effective,
              ended: r.otherMeasure.ended?.date ?? null,
              rate: r.otherMeasure.additionalRate,
              summary: r.otherMeasure.summary,
              cites: cites(r.otherMeasure.citations),
            }
          : null,
        cites: {
          annexI: cites([...annexCitations, ...annexQuotes(code)]),
          eo14326: eo14326Citations.length > 0 ? cites(eo14326Citations) : cites([{ doc: 'eo-14326' }]),
          pause: [...pauseDoc, ...cites(annexQuotes(code))],
        },
      };
    });

    const sectors: SectorStep[] = sectorData.records
      .filter(
        (s): s is typeof s & { sector: SectorStep['sector'] } => s.sector === 'steel' || s.sector === 'aluminum' || s.sector === 'autos',
      )
      .map((s) => ({
        sector: s.sector,
        instrument: s.instrument,
        announced: s.announced,
        effective: s.effective,
        status: s.status,
        rate: s.rate,
        rateKind: s.rateKind,
        retroactive: s.retroactive,
        previousRate: s.previousRate,
        appliesTo: s.appliesTo,
        scope: s.scope,
        note: s.note,
        cites: cites(s.citations),
      }));

    const extension = references.find((r) => r.id === 'eo-2025-07-07-extension');
    if (!extension) throw new Error('tariff-stack: references has no "eo-2025-07-07-extension" (the order extending the pause)');

    // The 2026 regime: collection of the IEEPA duties stopped on the day the Section 122 surcharge
    // began (us-china-tariffs); the Section 301 tiers come from reciprocal-rates.regime2026.
    const s122Event = china.records.find((e) => e.side === 'us' && e.status === 'effective' && (e.components?.section122 ?? 0) > 0);
    const s301Event = china.records.find((e) => e.side === 'us' && e.status === 'effective' && (e.components?.section301 ?? 0) > 0);
    if (!s122Event?.effective || !s301Event?.effective) {
      throw new Error('tariff-stack: us-china-tariffs needs the Section 122 and Section 301 events of 2026');
    }
    const regimeOf = (code: string) => rates.records.find((r) => r.partner === code)?.regime2026;
    const ieepaEnd = s122Event.effective;
    const truceEnd = data('negotiations').records.find((e) => e.partner === 'CN' && e.kind === 'deadline' && e.date > ieepaEnd);
    const regime2026 = {
      ieepaEnd: s122Event.effective,
      chinaTruceEnd: truceEnd?.date ?? null,
      ieepaEndCites: cites(s122Event.citations.filter((c) => 'doc' in c && c.doc !== 'proclamation-11012')),
      section122: {
        from: s122Event.effective,
        lastDay: addDays(s301Event.effective, -1),
        rate: s122Event.components?.section122 ?? 0,
        cites: cites([
          { doc: 'proclamation-11012', locator: 'clauses (1) and (2)' },
          ...s122Event.citations.filter((c) => 'doc' in c && c.doc !== 'proclamation-11012'),
        ]),
      },
      section301: {
        from: s301Event.effective,
        cites: cites(s301Event.citations.filter((c) => !('doc' in c && c.doc === 'proclamation-11012'))),
        tiers: Object.fromEntries(
          PARTNER_CODES.map((code) => {
            const r = regimeOf(code);
            if (!r) throw new Error(`tariff-stack: reciprocal-rates has no regime2026 for ${code}`);
            return [code, r.section301 === null ? null : { rate: r.section301, allIn: r.section301Kind === 'all-in' }];
          }),
        ),
      },
    };

    const data0: StackData = {
      start: START,
      end: [rates.asOf, sectorData.asOf, china.asOf].sort()[0] as string,
      asOf: { reciprocal: rates.asOf, sectors: sectorData.asOf, china: china.asOf },
      china: { code: 'CN', april2Rate: chinaRecord.april2Rate, steps, fentanylOrigin: firstFentanyl ? cites(firstFentanyl.citations) : [] },
      partners,
      sectors,
      pauseExtension: { date: extension.date, cites: cites([{ doc: extension.id }]) },
      baselineCites: cites([{ doc: 'eo-14257', locator: 'sec. 3(a)' }]),
      exclusion232Cites: cites([{ doc: 'eo-14257', locator: 'sec. 3(b)' }, QUOTES.exclusion232]),
      // The essay's tariffs are "as the essay describes them at the time of writing": korea-exposure's as-of date.
      electronics: { attestedFrom: korea.asOf, cites: cites([QUOTES.electronics]) },
      regime2026,
      domains: {},
    };
    for (const code of ['CN', ...partnerCodes]) data0.domains[code] = partnerDomain(data0, code);

    return {
      data: data0,
      sectorInstruments: [...new Set(sectors.filter((s) => s.status === 'effective').map((s) => s.instrument))],
    };
  },

  figure(model, _view, params) {
    const p = paramsOrDefault(params);
    const d = model.data;
    const cal = RECIPROCAL_CALENDAR;
    const { params: shown, stack: state } = stateFor(d, p);
    const pauseEnd = formatDay(addDays(cal.eo14326From, -1));
    const attested = d.electronics ? formatDay(d.electronics.attestedFrom) : null;
    const brazil = d.partners.find((x) => x.penalty && /\bmany\b/i.test(x.penalty.summary));
    const r26 = d.regime2026;
    return {
      title: `Extra US duties stack by partner, product and day, ${formatDay(d.start)} to ${formatDay(d.end)}: Section 232 goods pay the sector duty instead of the reciprocal tariff or, in 2026, the Section 122 surcharge`,
      alt: `Stacked bar of the additional US duties on ${PRODUCT_LABELS[shown.product].toLowerCase()} from ${state.partner} on ${formatDay(shown.date)}: ${state.total === 0 ? 'none' : `${state.upTo ? 'up to ' : ''}${formatPercent(state.total)}`}${state.suspended > 0 ? `, with ${formatPercent(state.suspended)} more suspended` : ''}. A list under the bar gives each layer's rule and source.`,
      description: [
        `Pick a partner, a product group and a day. The bar stacks the additional US duties on top of ordinary (MFN) duties: a Section 232 sector duty, China's fentanyl duty, the ${formatPercent(BASELINE_RATE)} baseline reciprocal duty, the country-specific reciprocal rate and penalty orders (India, Brazil). Solid segments were charged; dashed ones were suspended or are not settled by our data; the list under the bar gives each layer's rate, rule and document.`,
        `The reciprocal calendar: the ${formatPercent(BASELINE_RATE)} baseline from ${formatDay(cal.baselineFrom)}; the 2 April Annex I rates on ${formatDay(cal.annexDay)} only; from ${formatDay(cal.pauseFrom)} to ${pauseEnd} every reciprocal-tariff partner except China paid ${formatPercent(BASELINE_RATE)} (the country part is shown as suspended; Canada and Mexico were outside the scheme); the EO 14326 rates from ${formatDay(cal.eo14326From)}. Goods under a Section 232 duty (cars, steel and aluminum here) pay it instead of the reciprocal duty.`,
        attested
          ? `Limits of our data: the exemption of smartphones and computers from the reciprocal duty is attested only by an essay in The Diplomat, whose tariff figures are as of ${attested}; when the exemption began is not in our data, so before ${attested} the reciprocal duty on them is drawn dashed as uncertain.`
          : 'Limits of our data: no source in our data attests an exemption of smartphones and computers from the reciprocal duty, so none is applied.',
        `All-in rates (the EU and, from ${formatDay(cal.eo14326From)}, Japan; Switzerland from 14 Nov 2025; the car deals) are drawn at their ceiling, because ordinary duties are not in our data. Section 232 rates are as of ${formatDay(d.asOf.sectors)} and start with the 2025 proclamations; the earlier steel and aluminum regime is not charted.${brazil ? ` The goods ${brazil.name}'s penalty order spares are not in our data, so it is drawn as uncertain.` : ''} Whether India's penalty also applies to Section 232 goods or electronics is not in our data either.`,
        `In 2026: after the Supreme Court held on 20 February that IEEPA does not authorize tariffs, the reciprocal, fentanyl and penalty duties were not collected on entries from ${formatDay(r26.ieepaEnd)}; a ${formatPercent(r26.section122.rate)} Section 122 surcharge applied to ${formatDay(r26.section122.lastDay)} (goods under Section 232 exempt), then from ${formatDay(r26.section301.from)} a Section 301 tariff on economies that do not ban forced-labor imports, at 10% or 12.5% by partner (all-in for the EU, Taiwan, Japan, Korea and Switzerland). Which goods the Section 122 and Section 301 annexes exempt was not read, so electronics, and Section 232 goods under Section 301, are drawn as uncertain.`,
        `Left out: ordinary duties, the 2018–19 Section 301 duties on China, auto parts, copper and the other Section 232 sectors (see the sector-tariffs dataset). The explorer ends on ${formatDay(d.end)}, the as-of date of our data; what changed around 10 November 2026 for China is not known.`,
      ].join(' '),
      sourceLine: `EO 14257, 14266 and 14326 and the orders changing them (reciprocal duties); EO 14195 and later orders (China's fentanyl duty); EO 14329 (India) and EO 14323 (Brazil); the order of 20 Feb 2026 ending the IEEPA duties, Proclamation 11012 (Section 122) and the Section 301 memorandum of 23 Jul 2026; ${model.sectorInstruments.join(', ')} (Section 232); deal fact sheets and joint statements; The Diplomat and Kyodo News for the cases their essays describe.`,
      asOf: d.end,
    };
  },

  render(model, _view, context) {
    return render(model.data, paramsOrDefault(context.params), context);
  },

  table(model, _view, params) {
    return table(model.data, paramsOrDefault(params));
  },

  explorer: {
    controls(model, _view, params) {
      const p = paramsOrDefault(params);
      const d = model.data;
      return [
        {
          name: 'partner',
          label: 'Partner',
          kind: 'select',
          value: p.partner,
          options: PARTNER_CODES.map((code) => ({
            value: code,
            label: code === d.china.code ? 'China' : (d.partners.find((x) => x.code === code)?.name ?? code),
          })),
        },
        {
          name: 'product',
          label: 'Product',
          kind: 'select',
          value: p.product,
          options: PRODUCT_GROUPS.map((g) => ({ value: g, label: PRODUCT_LABELS[g] })),
        },
        { name: 'date', label: 'Date', kind: 'date', value: p.date, min: d.start, max: d.end },
      ];
    },
    clientModel(model) {
      return model.data;
    },
  },
};
