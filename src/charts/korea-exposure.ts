import type { KoreaExposure } from '../schemas/datasets/korea-exposure';
import { formatBillions, formatPercent } from '../shared/format';
import { colour } from '../shared/palette';
import { wrapWords } from '../shared/text';
import { BASELINE_RATE } from './shared/tariff-facts';
import type { ChartDefinition, ChartStop, ShownCitation } from './types';

type TariffKind = NonNullable<KoreaExposure['tariff']>['kind'];

/**
 * Sector figures the essay gives that are not South Korea's exports to the US, so they get no bar;
 * they are listed in the description instead.
 */
const NOT_EXPORTS_TO_US: Record<string, string> = {
  'k-beauty-global-exports-2024': 'exports to all markets, not only the United States',
  'steel-export-loss': 'an estimated loss, not an export value',
};

/** The essay's total, used to turn a share of exports into dollars. */
const TOTAL_ID = 'exports-to-us-2024';

interface Bar {
  i: number;
  id: string;
  sector: string;
  /** US$ billions. */
  value: number;
  qualifier: KoreaExposure['qualifier'];
  /** The value is our computation (a share of the essay's total), not a figure the essay states; `words` is the share as the essay puts it. */
  computed: { share: number; words: string; total: number } | null;
  year: number | null;
  tariff: { kind: TariffKind; rate: number | null };
  note: string | null;
  quotes: string[];
  citations: ShownCitation[];
}

interface Model {
  bars: Bar[];
  total: { value: number; year: number | null };
  /** South Korea's reciprocal rates: 2 April, and from 7 August 2025 (EO 14326). */
  korea: { april2: number; eo14326: number | null };
  others: string[];
  sourceLabel: string;
  asOf: string;
  caveats: string[];
}

const SECTOR_NAMES: Record<string, string> = {
  'automobiles and parts': 'Cars and auto parts',
  'optical equipment': 'Optical equipment',
};
const sectorName = (s: string) => SECTOR_NAMES[s] ?? s.charAt(0).toUpperCase() + s.slice(1);

const QUALIFIER_WORDS: Record<KoreaExposure['qualifier'], string> = {
  exact: '',
  about: 'about ',
  nearly: 'nearly ',
  'more-than': 'more than ',
};

/** $5.5B, $42.8B; with the essay's qualifier when asked. */
/** US$ billions → "$3.2B"; whole numbers under 10 without decimals ("$5B"). */
const billions = (v: number) => formatBillions(v * 1000, v < 10 && Number.isInteger(v) ? 0 : 1);
const valueLabel = (b: Bar) =>
  `${b.computed || b.qualifier === 'nearly' || b.qualifier === 'about' ? '≈' : b.qualifier === 'more-than' ? '>' : ''}${billions(b.value)}`;

function formatFigure(r: KoreaExposure): string {
  const q = QUALIFIER_WORDS[r.qualifier];
  // Counts the essay gives in millions ("4.1 million vehicles") stay in millions: "4,100,000" would claim a precision it does not have.
  const n = r.value >= 1_000_000 && r.value % 100_000 === 0 ? `${r.value / 1_000_000} million` : r.value.toLocaleString('en-US');
  switch (r.unit) {
    case 'usd-billions':
      return `${q}$${n} billion`;
    case 'usd-millions':
      return `${q}$${n} million`;
    case 'percent':
      return `${q}${n}%`;
    case 'vehicles':
      return `${q}${n} vehicles`;
    case 'people':
      return `${q}${n} people`;
  }
}

/** A tariff under investigation has not applied yet: drawn hollow in its layer's colour, like every announced rate. */
const HOLLOW = new Set<TariffKind>(['section-232-investigation']);

const COLOURS: Record<TariffKind, string> = {
  'section-232': colour('section232'),
  reciprocal: colour('reciprocal'),
  'section-232-investigation': colour('section232'),
  'other-country': colour('muted'),
};

function tariffText(model: Model, t: Bar['tariff'], long = false): string {
  switch (t.kind) {
    case 'section-232':
      return `Section 232 sector tariff, ${t.rate === null ? 'rate not given' : formatPercent(t.rate)}`;
    case 'reciprocal':
      return long
        ? `Reciprocal tariff, ${t.rate === null ? 'rate not given' : formatPercent(t.rate)}, paused at the ${formatPercent(BASELINE_RATE)} baseline when the essay was written${model.korea.eo14326 !== null ? `; ${formatPercent(model.korea.eo14326)} from 7 Aug 2025 (EO 14326)` : ''}`
        : `Reciprocal tariff, ${t.rate === null ? 'rate not given' : formatPercent(t.rate)} (paused at ${formatPercent(BASELINE_RATE)})`;
    case 'section-232-investigation':
      return 'Section 232 investigation under way, no tariff yet';
    case 'other-country':
      return 'Tariff of the country where the goods are made';
  }
}

const NS = 'http://www.w3.org/2000/svg';
const ROW = 44;

function layout(model: Model, width: number) {
  const compact = width < 480;
  const kinds = [...new Set(model.bars.map((b) => b.tariff.kind))];
  const legendRows = compact ? kinds.length : Math.ceil(kinds.length / 2);
  const top = legendRows * 18 + 14;
  return { compact, kinds, top, height: top + model.bars.length * ROW + (compact ? 60 : 44) };
}

export const koreaExposure: ChartDefinition<Model, 'sectors'> = {
  id: 'korea-exposure',
  name: 'South Korea’s exports to the US and the tariffs they face',
  views: ['sectors'],
  viewLabels: { sectors: 'Exports by sector' },
  datasets: ['korea-exposure', 'reciprocal-rates', 'references'],
  height: (width) => (width < 480 ? 470 : 430),

  model(data, cite) {
    const dataset = data('korea-exposure');
    const records = dataset.records;
    const total = records.find((r) => r.id === TOTAL_ID);
    if (total?.unit !== 'usd-billions') throw new Error(`korea-exposure: expected the record "${TOTAL_ID}" in US$ billions`);
    const quotesOf = (r: KoreaExposure) => r.citations.flatMap((c) => ('source' in c ? [c.quote] : []));

    const bars: Bar[] = records
      .filter((r) => r.topic === 'sector-exports' && r.sector !== null && r.tariff !== null && !(r.id in NOT_EXPORTS_TO_US))
      .flatMap((r): Omit<Bar, 'i'>[] => {
        const base = {
          id: r.id,
          sector: sectorName(r.sector as string),
          qualifier: r.qualifier,
          year: r.year,
          tariff: r.tariff as Bar['tariff'],
          note: r.note,
        };
        if (r.unit === 'usd-billions' || r.unit === 'usd-millions') {
          return [
            {
              ...base,
              value: r.unit === 'usd-millions' ? r.value / 1000 : r.value,
              computed: null,
              quotes: quotesOf(r),
              citations: cite(r.citations),
            },
          ];
        }
        if (r.unit === 'percent') {
          // A share of the essay's total: the dollar value is our computation, flagged as such.
          return [
            {
              ...base,
              value: Math.round(total.value * r.value) / 100,
              // The label carries the essay's own words for the share in brackets, e.g. "(a third)".
              computed: {
                share: r.value,
                words: /\(([^)]+)\)\s*$/.exec(r.label)?.[1] ?? `about ${formatPercent(r.value)}`,
                total: total.value,
              },
              quotes: [...quotesOf(r), ...quotesOf(total)],
              citations: [...cite(r.citations), ...cite(total.citations)],
            },
          ];
        }
        return [];
      })
      .sort((a, b) => b.value - a.value || a.sector.localeCompare(b.sector, 'en'))
      .map((b, i) => ({ ...b, i }));

    const korea = data('reciprocal-rates').records.find((r) => r.partner === 'KR');
    const shown = new Set([...bars.map((b) => b.id), TOTAL_ID]);
    const others = records
      .filter((r) => !shown.has(r.id) && r.topic !== 'trade')
      .map((r) => `${r.label}: ${formatFigure(r)}${r.year ? ` (${r.year})` : ''}`);
    return {
      bars,
      total: { value: total.value, year: total.year },
      korea: { april2: korea?.april2Rate ?? 0, eo14326: korea?.eo14326.rate ?? null },
      others,
      sourceLabel: cite(total.citations)[0]?.label ?? 'The Diplomat',
      asOf: dataset.asOf,
      caveats: dataset.caveats,
    };
  },

  figure(model) {
    const sum = (kind: TariffKind) => model.bars.filter((b) => b.tariff.kind === kind).reduce((s, b) => s + b.value, 0);
    const top = model.bars[0];
    const reciprocal = model.bars.filter((b) => b.tariff.kind === 'reciprocal');
    const probe = model.bars.filter((b) => b.tariff.kind === 'section-232-investigation');
    const share = top?.computed?.words ?? null;
    const faces = (t: Bar['tariff']) =>
      t.kind === 'section-232'
        ? `the ${t.rate === null ? '' : `${formatPercent(t.rate)} `}Section 232 tariff`
        : t.kind === 'reciprocal'
          ? `the ${t.rate === null ? '' : `${formatPercent(t.rate)} `}reciprocal tariff`
          : 'a tariff still under investigation';
    return {
      title: top
        ? `${top.sector}, ${share ? `${share} of South Korea’s US exports` : billions(top.value)}, face ${faces(top.tariff)}; the essay’s examples under the reciprocal tariff total about ${billions(sum('reciprocal'))}`
        : 'South Korea’s exports to the US by sector and the tariff each faces',
      alt: `Horizontal bars of South Korea's exports to the US by sector, largest first, coloured by the US tariff each faces: ${model.bars.map((b) => `${b.sector} ${valueLabel(b)}`).join(', ')}.`,
      description: [
        `Each bar is a sector's exports to the United States as The Diplomat's essay gives them (${model.total.year ?? 'year not stated'} where it says so), coloured by the US tariff the essay says the sector faces. South Korea exported $${model.total.value} billion of goods to the US in ${model.total.year ?? 'the year given'}, by the UN trade data the essay cites.`,
        top?.computed
          ? `The essay gives ${top.sector.toLowerCase()} only as a share ("${share}" of exports to the US); the bar is that share of $${top.computed.total} billion, our computation (≈${billions(top.value)}).`
          : '',
        `The reciprocal rate is South Korea's ${formatPercent(model.korea.april2)} of 2 April 2025, paused at the ${formatPercent(BASELINE_RATE)} baseline when the essay was written${model.korea.eo14326 !== null ? `; from 7 Aug 2025 it was ${formatPercent(model.korea.eo14326)} (EO 14326)` : ''}. ${probe.map((b, n) => (n === 0 ? b.sector : b.sector.toLowerCase())).join(' and ')} (${billions(probe.reduce((s, b) => s + b.value, 0))} together) were under Section 232 investigations with no tariff yet. "Nearly" and "about" figures are drawn at the essay's number.`,
        `The essay names the ${reciprocal.length} reciprocal-tariff sectors as examples ("These include"), not a full list, so the bars do not add up to the total.`,
        `Figures the essay gives that are not exports by sector, so not drawn: ${model.others.join('; ')}.`,
        `The figures are the essay's, not official statistics. Hover, tap or use the arrow keys for each bar's quote.`,
      ]
        .filter(Boolean)
        .join(' '),
      sourceLine: `${model.sourceLabel.replace(/, (\d)/, ', “Why South Korea Needs a Trade Deal With the United States”, $1')}, citing UN trade data, the Korea International Trade Association and Allianz Research; South Korea's reciprocal rates from EO 14257 and EO 14326.`,
      asOf: model.asOf,
    };
  },

  render(model, _view, { document, width }) {
    const { compact, kinds, top, height } = layout(model, width);
    const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
      const node = document.createElementNS(NS, name);
      for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
      if (text !== undefined) node.textContent = text;
      return node;
    };
    const svg = el('svg', {
      xmlns: NS,
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      class: 'tl-plot',
      fill: 'currentColor',
    }) as SVGSVGElement;
    const right = compact ? 52 : 64;
    const max = Math.ceil(Math.max(...model.bars.map((b) => b.value)) / 10) * 10;
    const x = (v: number) => 1 + (v / max) * (width - 1 - right);

    // Legend: one swatch per tariff kind present.
    kinds.forEach((kind, n) => {
      const col = compact ? 0 : n % 2;
      const row = compact ? n : Math.floor(n / 2);
      const lx = col * (width / 2);
      const ly = row * 18 + 12;
      const hollow = HOLLOW.has(kind);
      svg.append(
        el('rect', {
          x: lx + 1,
          y: ly - 10,
          width: 12,
          height: 12,
          fill: hollow ? 'var(--bg)' : COLOURS[kind],
          stroke: COLOURS[kind],
          'stroke-width': hollow ? 2 : 1,
        }),
      );
      const sample = model.bars.find((b) => b.tariff.kind === kind);
      svg.append(el('text', { x: lx + 19, y: ly }, sample ? tariffText(model, sample.tariff) : kind));
    });

    // Grid and axis.
    const bottom = top + model.bars.length * ROW;
    const step = compact ? 10 : 5;
    const axis = el('g', { 'aria-hidden': 'true' });
    for (let v = 0; v <= max; v += step) {
      axis.append(el('line', { x1: x(v), x2: x(v), y1: top, y2: bottom, stroke: v === 0 ? 'currentColor' : colour('grid') }));
      axis.append(
        el(
          'text',
          { x: x(v), y: bottom + 16, 'text-anchor': v === 0 ? 'start' : 'middle', fill: 'var(--text-muted)' },
          v === max ? `$${v}B` : String(v),
        ),
      );
    }
    svg.append(axis);

    // Bars: label above, value at the end; the computed bar is lighter and marked ≈. The row's group
    // carries data-i (hover or tap anywhere on the row); the bar itself is the highlighted stop.
    const halo = { stroke: 'var(--bg)', 'stroke-width': 3, 'paint-order': 'stroke' };
    for (const b of model.bars) {
      const y = top + b.i * ROW;
      const g = el('g', { 'data-i': b.i });
      g.append(el('rect', { x: 0, y: y + 2, width, height: ROW - 4, fill: 'transparent' }));
      g.append(el('text', { x: 1, y: y + 14, 'font-weight': 600, ...halo }, b.sector));
      const w = Math.max(1, x(b.value) - x(0));
      g.append(
        el('rect', {
          class: 'tl-stop',
          'data-i': b.i,
          x: x(0),
          y: y + 20,
          width: w,
          height: 16,
          fill: HOLLOW.has(b.tariff.kind) ? 'var(--bg)' : COLOURS[b.tariff.kind],
          'fill-opacity': b.computed ? 0.55 : 1,
          stroke: COLOURS[b.tariff.kind],
          'stroke-width': HOLLOW.has(b.tariff.kind) ? 2 : 1,
        }),
      );
      g.append(el('text', { x: x(b.value) + 5, y: y + 32, ...halo }, valueLabel(b)));
      svg.append(g);
    }
    const marks = [...new Set(model.bars.map((b) => (b.computed ? 'computed' : b.qualifier)))];
    const approx = [
      marks.includes('about') || marks.includes('nearly') ? 'the essay says “about” or “nearly”' : '',
      marks.includes('computed') ? 'a share we turned into dollars' : '',
    ].filter(Boolean);
    wrapWords(approx.length > 0 ? `≈ ${approx.join(', or ')}` : '', Math.floor(width / 6.7)).forEach((line, n) => {
      svg.append(el('text', { x: 1, y: bottom + 34 + n * 16, fill: 'var(--text-muted)' }, line));
    });
    return svg;
  },

  table(model) {
    return {
      columns: [
        { key: 'sector', label: 'Sector' },
        { key: 'exports_usd_bn', label: 'Exports to the US, US$ bn', numeric: true },
        { key: 'as_given', label: 'As the essay gives it' },
        { key: 'year', label: 'Year' },
        { key: 'tariff', label: 'US tariff the essay names' },
        { key: 'quote', label: 'The essay’s words' },
      ],
      rows: model.bars.map((b) => ({
        sector: b.sector,
        exports_usd_bn: b.value,
        as_given: b.computed
          ? `${b.computed.words} of $${b.computed.total}B (our computation)`
          : `${QUALIFIER_WORDS[b.qualifier]}$${b.value}B`.trim(),
        // A year is a label, not a quantity: "2024", never "2,024".
        year: b.year === null ? 'not stated' : String(b.year),
        tariff: tariffText(model, b.tariff, true),
        quote: b.quotes.map((q) => `“${q}”`).join(' '),
      })),
    };
  },

  stops(model) {
    return model.bars.map(
      (b): ChartStop => ({
        i: b.i,
        heading: `${b.sector}: ${valueLabel(b)} of exports to the US${b.year ? ` in ${b.year}` : ''}`,
        lines: [
          b.computed
            ? `The essay gives ${b.computed.words} of $${b.computed.total}B of exports to the US; the dollar figure is our computation.`
            : `As the essay gives it: ${QUALIFIER_WORDS[b.qualifier]}$${b.value} billion${b.year ? '' : ' (year not stated)'}.`,
          `Tariff: ${tariffText(model, b.tariff, true)}.`,
          ...(b.note ? [b.note] : []),
        ],
        citations: b.citations,
      }),
    );
  },
};
