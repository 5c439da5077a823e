import * as Plot from '@observablehq/plot';
import { type UsChinaTariffEvent, usRateBases } from '../schemas/datasets/us-china-tariffs';
import { formatDay, formatMonthTick, formatPercent, isoToDate } from '../shared/format';
import { colour } from '../shared/palette';
import { compare } from './shared/headline-claims';
import { plotFigure, tagStops } from './shared/plot-figure';
import type { ChartDefinition, ChartStop, ShownCitation } from './types';

type View = 'rates' | 'components';

interface Step {
  side: 'us' | 'china';
  date: Date;
  rate: number;
}

interface Stop {
  event: UsChinaTariffEvent;
  date: string;
  us: number | null;
  china: number | null;
  chinaTargeted: boolean;
  /** After China's last dated statement: its rate is not known. */
  chinaUnknown: boolean;
  citations: ShownCitation[];
}

type BasisLabel = (typeof usRateBases)[number]['label'];

interface Model {
  steps: Step[];
  /** China's rate after this day is not known (no source after its last statement). */
  chinaKnownUntil: Date;
  components: { date: Date; part: BasisLabel; rate: number }[];
  targeted: { from: Date; to: Date; low: number; high: number };
  stops: Stop[];
  end: Date;
  asOf: string;
  caveats: string[];
}

/** Date an event is placed at: when it took effect, or when it was announced if it never did. */
const placed = (e: UsChinaTariffEvent) => e.effective ?? e.announced;

/** Rate in force for one side on a date, from effective events only. */
function rateOn(events: UsChinaTariffEvent[], side: 'us' | 'china', iso: string) {
  const applied = events.filter((e) => e.side === side && e.effective && e.effective <= iso && (e.rate !== null || e.targeted));
  const last = applied.at(-1);
  if (!last) return { rate: null, targeted: false };
  return { rate: last.rate, targeted: last.targeted !== null };
}

export const usChinaEscalation: ChartDefinition<Model, View> = {
  id: 'us-china-escalation',
  name: 'US–China tariff escalation, 2025–2026',
  views: ['rates', 'components'],
  viewLabels: { rates: 'Both sides’ rates', components: 'US rate by legal basis' },
  datasets: ['us-china-tariffs', 'references'],
  height: (width) => Math.round(Math.max(300, Math.min(380, width * 0.55))),

  model(data, cite) {
    const dataset = data('us-china-tariffs');
    const events = [...dataset.records].sort((a, b) => placed(a).localeCompare(placed(b)));
    const end = isoToDate(dataset.asOf);
    const effective = events.filter((e) => e.status !== 'announced' && e.status !== 'threatened' && e.effective && e.rate !== null);
    const steps: Step[] = effective
      .filter((e): e is UsChinaTariffEvent & { side: 'us' | 'china' } => e.side !== 'both')
      .map((e) => ({ side: e.side, date: isoToDate(e.effective as string), rate: e.rate as number }));
    // Both lines start on 1 January at 0 (no additional duty yet) and run to the end of the data.
    const start = isoToDate('2025-01-01');
    // China's line stops at its last dated statement: what it charged after that is not known,
    // and is drawn apart (dashed) rather than carried forward as if it were.
    const lastChina = events.filter((e) => e.side === 'china').at(-1);
    const chinaKnownUntil = isoToDate(lastChina ? placed(lastChina) : dataset.asOf);
    for (const side of ['us', 'china'] as const) {
      const last = steps.filter((s) => s.side === side).at(-1);
      steps.push({ side, date: start, rate: 0 });
      if (last) steps.push({ side, date: side === 'china' ? chinaKnownUntil : end, rate: last.rate });
    }
    steps.sort((a, b) => a.side.localeCompare(b.side) || +a.date - +b.date);

    // One series per legal basis (IEEPA fentanyl, IEEPA reciprocal, Section 122, Section 301).
    const components = effective
      .filter((e) => e.side === 'us' && e.components)
      .flatMap((e) =>
        usRateBases.map((b) => ({ date: isoToDate(e.effective as string), part: b.label as BasisLabel, rate: e.components?.[b.key] ?? 0 })),
      );
    const lastComponents = components.slice(-usRateBases.length).map((c) => ({ ...c, date: end }));
    components.unshift(...usRateBases.map((b) => ({ date: start, part: b.label as BasisLabel, rate: 0 })));
    components.push(...lastComponents);

    // China's targeted lists ran from the first list to the first across-the-board rate.
    const firstTargeted = events.find((e) => e.side === 'china' && e.targeted && e.effective);
    const firstChinaRate = events.find((e) => e.side === 'china' && e.status === 'effective' && e.rate !== null);
    const targeted = {
      from: isoToDate(firstTargeted?.effective ?? '2025-02-10'),
      to: isoToDate(firstChinaRate?.effective ?? '2025-04-10'),
      low: 10,
      high: 15,
    };

    const stops = events.map((event) => {
      const date = placed(event);
      const us = rateOn(events, 'us', date);
      const china = rateOn(events, 'china', date);
      return {
        event,
        date,
        us: us.rate,
        china: china.rate,
        chinaTargeted: china.targeted && china.rate === null,
        chinaUnknown: date > (lastChina ? placed(lastChina) : dataset.asOf),
        citations: cite(event.citations),
      };
    });
    return { steps, chinaKnownUntil, components, targeted, stops, end, asOf: dataset.asOf, caveats: dataset.caveats };
  },

  figure(model, view) {
    const facts = escalationFacts(model);
    const common = {
      sourceLine:
        'US executive orders and proclamations (IEEPA; Section 122, Proclamation 11012; Section 301, memorandum of 23 Jul 2026); court rulings as reported; China’s Tariff Commission and commerce ministry; the Geneva and Stockholm joint statements.',
      asOf: model.asOf,
    };
    const chinaAfter = `China’s rate after ${formatDay(isoDay(model.chinaKnownUntil))} is not known: its commerce ministry reserved the right to adjust its countermeasures, and no later change was found, so that stretch is dashed.`;
    if (view === 'components') {
      return {
        ...common,
        title: `The US tariff on Chinese goods by legal basis: IEEPA duties up to ${formatPercent(facts.peak.rate)} until the Supreme Court ruling, then ${formatPercent(facts.s122)} under Section 122 and ${formatPercent(facts.last.rate)} under Section 301 from ${formatDay(isoDay(facts.last.date))}`,
        alt: `Stacked steps of the US additional duty on Chinese goods from 2025 to November 2026, coloured by the law behind each part: the IEEPA fentanyl and reciprocal duties (up to ${formatPercent(facts.peak.rate)} in April 2025), the ${formatPercent(facts.s122)} Section 122 surcharge from 24 February 2026 and the ${formatPercent(facts.last.rate)} Section 301 tariff from ${formatDay(isoDay(facts.last.date))}.`,
        description:
          'The headline US rate on Chinese goods rested on four laws in turn. The IEEPA fentanyl duty (EO 14195) began at 10% on 4 February 2025 and doubled to 20% on 4 March; it was cut to 10% on 10 November. The IEEPA reciprocal duty (EO 14257) began at the 10% baseline on 5 April, rose to 84% on 9 April and 125% on 10 April, and fell back to 10% on 14 May when 24 of its 34 points were suspended. On 20 February 2026 the Supreme Court held that IEEPA does not authorize tariffs; collection of both IEEPA duties stopped on 24 February, and a 10% surcharge under Section 122 of the Trade Act of 1974 took their place for the 150 days that law allows, to 23 July. From 24 July a Section 301 tariff on economies that do not ban imports made with forced labor applies, 12.5% for China. None of the parts includes ordinary duties, the Section 301 lists of 2018–19 or Section 232 tariffs.',
      };
    }
    return {
      ...common,
      title: `US and Chinese tariffs on each other’s goods peaked at ${formatPercent(facts.peak.rate)} and ${formatPercent(facts.chinaPeak)} in April 2025; after the Supreme Court ruling the US rate is ${formatPercent(facts.last.rate)}, ${facts.lastVsChina} than China’s last known ${formatPercent(facts.chinaLast)}`,
      alt: `Step chart of the additional tariff each side charged from 2025 to November 2026. The US rate on Chinese goods climbs from 10% in February 2025 to ${formatPercent(facts.peak.rate)} on 10 April, drops to 30% on 14 May and 20% in November, to ${formatPercent(facts.s122)} under Section 122 from 24 February 2026 and ${formatPercent(facts.last.rate)} under Section 301 from ${formatDay(isoDay(facts.last.date))}; China’s rate on US goods peaks at ${formatPercent(facts.chinaPeak)} and drops to ${formatPercent(facts.chinaLast)}.`,
      description: `Each line steps to a new level on the day a measure took effect. The US line is the additional across-the-board duty: the IEEPA fentanyl and reciprocal duties until 23 February 2026, then the Section 122 surcharge, then from 24 July 2026 the Section 301 forced-labor tariff (the “US rate by legal basis” view splits it). China’s line is its across-the-board retaliatory rate. Before April 2025 China answered with targeted lists on selected goods (10% to 15%), shown as a band rather than as zero. Markers along the bottom are talks, rulings, truce extensions and a threat that changed no rate. Rates announced but overtaken before they applied (the US 54% and China’s 34%) are drawn as hollow circles at their level, off the line. ${chinaAfter}`,
    };
  },

  render(model, view, { document, width }) {
    const height = usChinaEscalation.height(width);
    const compact = width < 480;
    const x = {
      type: 'utc' as const,
      domain: [isoToDate('2025-01-01'), model.end],
      label: null,
      ticks: compact ? '6 months' : '3 months',
      // "May ’25": a tick that reads as a month, not as a day.
      tickFormat: formatMonthTick,
    };
    const y = {
      domain: [0, 160],
      label: compact ? '%' : 'Additional tariff, %',
      ticks: compact ? 4 : 8,
      grid: true,
      tickFormat: (d: number) => `${d}`,
    };
    const frame = { document, width, height };
    const common = {
      marginLeft: compact ? 32 : 48,
      marginRight: compact ? 12 : 20,
      marginBottom: 36,
      // Room above the frame for the marker key.
      marginTop: compact ? 40 : 28,
      x,
      y,
    };

    if (view === 'components') {
      const facts = escalationFacts(model);
      // Labels at the level each basis reached, beside the step where it began; the IEEPA parts as they stood at the peak.
      const atPeak = (part: string) => model.components.find((c) => c.part === part && +c.date === +facts.peak.date)?.rate ?? 0;
      const basisLabels = [
        { date: isoToDate('2025-04-12'), rate: 132, text: `${formatPercent(atPeak('IEEPA reciprocal duty'))} IEEPA reciprocal` },
        { date: isoToDate('2025-04-12'), rate: 10, text: `${formatPercent(atPeak('IEEPA fentanyl duty'))} IEEPA fentanyl` },
        { date: isoToDate('2026-02-24'), rate: facts.s122 + 14, text: `${formatPercent(facts.s122)} Sec. 122` },
        { date: facts.last.date, rate: facts.last.rate + 14, text: `${formatPercent(facts.last.rate)} Sec. 301` },
      ];
      return plotFigure(
        {
          ...common,
          color: {
            domain: usRateBases.map((b) => b.label),
            range: [colour('fentanyl'), colour('reciprocal'), colour('section122'), colour('section301')],
            legend: false,
          },
          marks: [
            Plot.areaY(model.components, {
              x: 'date',
              y: 'rate',
              fill: 'part',
              curve: 'step-after',
              fillOpacity: 0.85,
              order: usRateBases.map((b) => b.label),
            }),
            Plot.ruleY([0], { stroke: 'currentColor' }),
            markerKey(compact, false),
            Plot.text(compact ? basisLabels.slice(0, 1) : basisLabels, {
              x: 'date',
              y: 'rate',
              text: 'text',
              textAnchor: 'start',
              dx: 6,
              fill: 'currentColor',
              fontWeight: 600,
            }),
            // Only the US events belong in a view of the US rate: China's points would leak in.
            ...stopMarkers(model, compact, (s) => s.event.side !== 'china'),
          ],
        },
        frame,
      );
    }

    const labels = peakLabels(model, compact);
    return plotFigure(
      {
        ...common,
        color: { domain: ['us', 'china'], range: [colour('us'), colour('china')] },
        marks: [
          Plot.rectY([model.targeted], { x1: 'from', x2: 'to', y1: 'low', y2: 'high', fill: colour('china'), fillOpacity: 0.25 }),
          Plot.ruleY([0], { stroke: 'currentColor' }),
          markerKey(compact, true),
          // `tl-series`: the scrolly reveals these lines up to the active date and ghosts the rest
          // (`tl-reveal` marks are revealed the same way, with no ghost).
          Plot.line(model.steps, {
            x: 'date',
            y: 'rate',
            z: 'side',
            stroke: 'side',
            curve: 'step-after',
            strokeWidth: 2.5,
            className: 'tl-series',
          }),
          // China after its last statement: not known, so a faint dashed line and a label say so.
          Plot.line(unknownChina(model), {
            x: 'date',
            y: 'rate',
            stroke: colour('china'),
            strokeWidth: 1.5,
            strokeDasharray: '4 4',
            strokeOpacity: 0.6,
          }),
          Plot.text(compact ? [] : [{ date: model.chinaKnownUntil, rate: (unknownChina(model)[0]?.rate ?? 0) + 18 }], {
            x: 'date',
            y: 'rate',
            text: () => 'China: not known',
            textAnchor: 'start',
            dx: 8,
            fill: colour('china'),
            fontStyle: 'italic',
          }),
          ...stopMarkers(model, compact),
          // Direct labels say which line is which, at the right end of each line.
          Plot.text(lineEnds(model, compact), {
            x: 'date',
            y: 'rate',
            text: 'text',
            fill: 'fill',
            dy: -9,
            dx: -4,
            textAnchor: 'end',
            fontWeight: 700,
            stroke: 'var(--bg)',
            strokeWidth: 4,
            paintOrder: 'stroke',
            className: 'tl-series-label',
          }),
          // Labels go last so they sit above the markers, with a halo in the page colour.
          ...[-10, 14].map((dy) =>
            Plot.text(
              labels.filter((l) => l.dy === dy),
              {
                x: 'date',
                y: 'rate',
                text: 'text',
                fill: 'fill',
                textAnchor: 'start',
                dx: 8,
                dy,
                fontWeight: 700,
                stroke: 'var(--bg)',
                strokeWidth: 4,
                paintOrder: 'stroke',
                className: 'tl-reveal',
              },
            ),
          ),
        ],
      },
      frame,
    );
  },

  table(model) {
    return {
      columns: [
        { key: 'date', label: 'Date' },
        { key: 'side', label: 'Who' },
        { key: 'status', label: 'Status' },
        { key: 'event', label: 'What changed' },
        { key: 'us_rate_pct', label: 'US rate on China, %', numeric: true },
        { key: 'china_rate_pct', label: 'China rate on US, %', numeric: true },
      ],
      rows: model.stops.map((s) => ({
        date: s.date,
        side: s.event.side === 'both' ? 'Both' : s.event.side === 'us' ? 'US' : 'China',
        status: s.event.status,
        event: `${s.event.label}: ${s.event.summary}`,
        us_rate_pct: s.us,
        china_rate_pct: s.chinaUnknown ? 'not known' : s.chinaTargeted ? 'targeted lists' : s.china,
      })),
    };
  },

  stops(model) {
    return model.stops.map(
      (s, i): ChartStop => ({
        i,
        key: s.event.id,
        heading: `${formatDay(s.date)} · ${s.event.label}`,
        lines: [
          s.event.summary,
          `US on Chinese goods: ${s.us === null ? 'none yet' : formatPercent(s.us)} · China on US goods: ${s.chinaUnknown ? 'not known' : s.chinaTargeted ? 'targeted lists' : s.china === null ? 'none yet' : formatPercent(s.china)}`,
          statusLine(s.event),
        ],
        citations: s.citations,
      }),
    );
  },
};

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The stretch of China's line after its last dated statement, to the end of the data. */
function unknownChina(model: Model) {
  const last = model.steps.filter((s) => s.side === 'china').at(-1);
  return last && +last.date < +model.end ? [last, { ...last, date: model.end }] : [];
}

/**
 * What the titles state, computed from the steps: the US peak, the Section 122 rate, the last US
 * rate and its date, China's peak and last known rate, and how the two last rates compare.
 */
export function escalationFacts(model: Model) {
  const us = model.steps.filter((s) => s.side === 'us');
  const china = model.steps.filter((s) => s.side === 'china');
  const peak = us.reduce((a, b) => (b.rate > a.rate ? b : a));
  const changes = us.filter((s, i) => i === 0 || s.rate !== us[i - 1]?.rate);
  const last = changes.at(-1) as Step;
  const s122 = model.components.find((c) => c.part === 'Section 122 surcharge' && c.rate > 0)?.rate ?? 0;
  const chinaPeak = Math.max(...china.map((s) => s.rate));
  const chinaLast = china.at(-1)?.rate ?? 0;
  return { peak, last, s122, chinaPeak, chinaLast, lastVsChina: compare('US rate against China’s', last.rate, chinaLast) };
}

/** Labels at the turning points of each line; fewer on a phone. */
function peakLabels(model: Model, compact: boolean) {
  const at = (side: 'us' | 'china', iso: string) => model.steps.find((s) => s.side === side && +s.date === +isoToDate(iso));
  const picks: ['us' | 'china', string, number][] = compact
    ? [
        ['us', '2025-04-10', -10],
        ['china', '2025-04-12', -10],
        ['us', '2025-05-14', -10],
        ['china', '2025-05-14', -10],
      ]
    : [
        ['us', '2025-02-04', -10],
        ['us', '2025-03-04', -10],
        ['us', '2025-04-10', -10],
        ['china', '2025-04-12', -10],
        ['us', '2025-05-14', -10],
        ['china', '2025-05-14', -10],
        ['us', '2025-11-10', -10],
        ['us', '2026-02-24', -10],
      ];
  return picks.flatMap(([side, iso, dy]) => {
    const step = at(side, iso);
    return step
      ? [{ date: step.date, rate: step.rate, text: `${step.rate}%`, fill: side === 'us' ? colour('us') : colour('china'), dy }]
      : [];
  });
}

/** What happened to a measure, in words: "In force from 10 Apr 2025 (announced 9 Apr 2025)". */
function statusLine(e: UsChinaTariffEvent): string {
  const announced = formatDay(e.announced);
  switch (e.status) {
    case 'effective':
      return e.effective && e.effective !== e.announced
        ? `In force from ${formatDay(e.effective)} (announced ${announced})`
        : `In force from ${announced}`;
    case 'suspended':
      return `Rate kept but not collected from ${formatDay(e.effective ?? e.announced)} (announced ${announced})`;
    case 'announced':
      return `Announced ${announced}; not collected at this rate`;
    case 'threatened':
      return `Threatened ${announced}; never imposed`;
    case 'no-change':
      return `${announced}: no rate changed`;
  }
}

/**
 * The one-line key for the markers (two on a phone), above the frame at the right, so
 * the chart explains itself even where only its SVG is shown (a scrolly, an embed, a picture).
 */
function markerKey(compact: boolean, band: boolean) {
  const parts = ['◆ no rate change', '○ announced, not applied', ...(band ? ['▬ China’s targeted lists'] : [])];
  const text = compact ? [parts.slice(0, 2).join('  '), parts.slice(2).join('  ')].filter(Boolean).join('\n') : parts.join('   ');
  return Plot.text([text], {
    text: (d: string) => d,
    frameAnchor: 'top-right',
    textAnchor: 'end',
    lineAnchor: 'bottom',
    dy: -8,
    fill: 'currentColor',
    fontSize: compact ? 10 : 11,
    stroke: 'var(--bg)',
    strokeWidth: 3,
    paintOrder: 'stroke',
  });
}

/**
 * Direct labels for the two lines, each over its line's longest flat stretch, ending where the
 * stretch ends (clear of the value label at its start), so they never sit on a step and follow
 * the data when it grows.
 */
function lineEnds(model: Model, compact: boolean) {
  return (['us', 'china'] as const).flatMap((side) => {
    // Steps that do not change the rate (a truce extension) do not break a stretch.
    const steps = model.steps.filter((s, k, all) => s.side === side && all[k - 1]?.rate !== s.rate);
    // China's line stops where its rate stops being known.
    const end = side === 'china' ? +model.chinaKnownUntil : +model.end;
    let best: { from: number; to: number; rate: number } | undefined;
    // The last stretch of each line: with the data running to 2026 the longest stretch sits among
    // the 2025 value labels, so the name goes at the line's right end instead.
    const last = steps.filter((s) => +s.date < end).at(-1);
    if (last) best = { from: +last.date, to: end, rate: last.rate };
    if (!best) return [];
    return [
      {
        date: new Date(best.to),
        rate: best.rate,
        text:
          side === 'us'
            ? `${compact ? 'US on China' : 'US tariff on Chinese goods'} ${formatPercent(best.rate)}`
            : compact
              ? 'China on US'
              : 'China’s tariff on US goods',
        fill: side === 'us' ? colour('us') : colour('china'),
      },
    ];
  });
}

/**
 * One marker per event, tagged with `data-i` so the client can highlight it, and `data-value`:
 * the rate the scrolly writes large beside the active marker. Rates that were announced but
 * never applied sit at their level as hollow circles; events that changed no rate sit on the
 * axis as diamonds.
 */
function stopMarkers(model: Model, compact: boolean, keep: (s: Stop) => boolean = () => true) {
  const points = model.stops.flatMap((s, i) => {
    if (!keep(s)) return [];
    const side = s.event.side;
    const announced = s.event.status === 'announced' && s.event.rate !== null && side !== 'both';
    const onLine = s.event.rate !== null && s.event.status !== 'announced' && side !== 'both';
    const ink = side === 'china' ? colour('china') : side === 'us' ? colour('us') : colour('muted');
    const current = side === 'china' ? s.china : s.us;
    return [
      {
        i,
        date: isoToDate(s.date),
        rate: onLine || announced ? (s.event.rate as number) : 0,
        onAxis: !onLine && !announced,
        fill: announced ? 'none' : ink,
        stroke: announced ? ink : 'var(--bg)',
        value: announced
          ? `${formatPercent(s.event.rate as number)} announced`
          : onLine
            ? formatPercent(s.event.rate as number)
            : current !== null && side !== 'both'
              ? formatPercent(current)
              : '',
      },
    ];
  });
  return [
    Plot.dot(
      points,
      tagStops(
        points,
        {
          x: 'date',
          y: 'rate',
          r: compact ? 4 : 5,
          fill: 'fill',
          stroke: 'stroke',
          strokeWidth: 2,
          symbol: (d: { onAxis: boolean }) => (d.onAxis ? 'diamond' : 'circle'),
        },
        { attrs: (d) => ({ 'data-value': d.value }) },
      ),
    ),
  ];
}
