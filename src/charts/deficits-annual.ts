import type { PartnerCode } from '../schemas/common';
import type { Claim } from '../schemas/datasets/claims';
import type { Reference } from '../schemas/datasets/references';
import type { TradeBalanceAnnualRow } from '../schemas/datasets/trade-balance-annual';
import type { TradeTotal } from '../schemas/datasets/trade-totals';
import { type TradeVintage, tradeVintages } from '../schemas/trade-vintage';
import { formatBillions, formatBillionsChange, toBillions } from '../shared/format';
import { colour } from '../shared/palette';
import { joinList } from '../shared/text';
import { smallestDeficitSince, smallestSinceText, type YearBalance } from './shared/headline-claims';
import {
  dotMarker,
  dotted,
  el,
  linear,
  niceAxis,
  type Panel,
  panelGrid,
  pathOf,
  snapArea,
  splitAtParen,
  svgRoot,
  text,
} from './shared/small-multiples';
import type { ChartDefinition, ChartStop, CitationResolver, ShownCitation } from './types';

/**
 * US goods trade balance with nine partners, 2015–2025: one small panel per partner on a shared
 * scale. Two views, one per Census release, so the chart always says which figures it shows;
 * the readout of each point gives the other release's figure where there is one.
 */

type View = 'revised' | 'as-published';

/** The partners shown; panel order is by the latest revised balance, not this list. */
export const PARTNERS: readonly PartnerCode[] = ['CN', 'VN', 'TW', 'JP', 'KR', 'TH', 'IN', 'MX', 'EU'];
/** Display names where Census's own ("Korea, South") reads badly; short forms for phone panels. */
const NAMES: Partial<Record<PartnerCode, { name: string; short?: string }>> = {
  KR: { name: 'South Korea' },
  EU: { name: 'European Union', short: 'EU' },
};
const FIRST_YEAR = 2015;
const LAST_YEAR = 2025;
const VINTAGE: Record<View, TradeVintage> = { revised: 'revised-2026-10', 'as-published': 'as-published-2025-04' };
const OTHER: Record<View, View> = { revised: 'as-published', 'as-published': 'revised' };
const REFERENCE: Record<View, string> = { revised: 'census-country-xlsx-revised-2026-10', 'as-published': 'census-country-xlsx-2025-04' };
/** Two releases agree when their balances round to the same $0.1 billion. */
const SAME_WITHIN = 50;

export interface PartnerSeries {
  partner: PartnerCode;
  /** Display name, e.g. "South Korea" (Census writes "Korea, South"). */
  name: string;
  /** Name for a phone-width panel head. */
  short: string;
  /** Rows of each release, by year ascending, 2015–2025 only. */
  rows: Record<View, TradeBalanceAnnualRow[]>;
}

/** A 2025 article's claim about one of the rows, as the readout shows it. */
interface ClaimNote {
  text: string;
  verdict: string;
  note: string;
  citations: ShownCitation[];
}

export interface Model {
  /** In panel order. */
  partners: PartnerSeries[];
  /** Claims by the id of the row they point at. */
  claims: Record<string, ClaimNote[]>;
  /** Resolved citations by row id. */
  citations: Record<string, ShownCitation[]>;
  references: Record<View, Reference>;
  /** China's whole annual series: the revised release where it has the year, else the April 2025 release. */
  chinaHistory: YearBalance[];
  /** Partners' last-year balances as first published in the release of February 2026 (trade-totals). */
  firstPrints: TradeTotal[];
  asOf: string;
}

/** One drawn point: its stop index, partner panel and rows of both releases. */
export interface DrawnPoint {
  i: number;
  panel: number;
  row: TradeBalanceAnnualRow;
  other: TradeBalanceAnnualRow | undefined;
}

/** Partners in panel order: largest deficit in the last revised year first. */
export function panelOrder(series: readonly PartnerSeries[]): PartnerSeries[] {
  const last = (s: PartnerSeries) => s.rows.revised.find((r) => r.year === LAST_YEAR)?.balance ?? 0;
  return [...series].sort((a, b) => last(a) - last(b) || a.partner.localeCompare(b.partner));
}

/** Every point a view draws, numbered in reading order (panel by panel, year by year). */
export function drawnPoints(model: Model, view: View): DrawnPoint[] {
  const points: DrawnPoint[] = [];
  model.partners.forEach((series, panel) => {
    for (const row of series.rows[view]) {
      points.push({ i: points.length, panel, row, other: series.rows[OTHER[view]].find((r) => r.year === row.year) });
    }
  });
  return points;
}

/** One partner's balance by year: the revised release where it has the year, else the April 2025 release. */
export function history(records: readonly TradeBalanceAnnualRow[], partner: string): YearBalance[] {
  const byYear = new Map<number, YearBalance>();
  for (const vintage of [VINTAGE['as-published'], VINTAGE.revised]) {
    for (const r of records) if (r.partner === partner && r.vintage === vintage) byYear.set(r.year, { year: r.year, balance: r.balance });
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** The deficit a series reached at its worst (most negative balance), with its year. */
export function deepest(rows: readonly TradeBalanceAnnualRow[]): TradeBalanceAnnualRow | undefined {
  return rows.reduce<TradeBalanceAnnualRow | undefined>(
    (worst, r) => (worst === undefined || r.balance < worst.balance ? r : worst),
    undefined,
  );
}

/**
 * Facts the revised view's title states: China's balance in the last year and whether it is the
 * smallest deficit of the series, and which partners (with a full series) had their largest
 * deficit in the last year.
 */
export function revisedFacts(model: Model) {
  const full = model.partners.filter((s) => s.rows.revised.length === LAST_YEAR - FIRST_YEAR + 1);
  const china = model.partners.find((s) => s.partner === 'CN');
  const chinaLast = china?.rows.revised.find((r) => r.year === LAST_YEAR);
  // Computed over China's whole series (from 1985), not only the years drawn: see headline-claims.
  const chinaSince = chinaLast ? smallestDeficitSince(model.chinaHistory.filter((r) => r.year <= LAST_YEAR)) : undefined;
  const atDeepest = full.filter((s) => deepest(s.rows.revised)?.year === LAST_YEAR && (s.rows.revised.at(-1)?.balance ?? 0) < 0);
  return { china, chinaLast, chinaSince, atDeepest };
}

/** The last year as first published (February 2026) against the revised release, for the partners drawn. */
function firstPrintText(model: Model): string {
  const pairs = model.firstPrints.flatMap((f) => {
    const series = model.partners.find((p) => p.partner === f.partner);
    const revised = series?.rows.revised.find((r) => r.year === f.year);
    return series && revised ? [`${series.name} ${bn(f.balance)} first published, ${bn(revised.balance)} revised`] : [];
  });
  return pairs.length ? `The ${LAST_YEAR} figures were first published in February ${LAST_YEAR + 1}: ${joinList(pairs)}.` : '';
}

/** Where the year a "smallest since" claim reaches back to lies before the years drawn: its figure and release. */
function sinceText(model: Model, since: ReturnType<typeof smallestDeficitSince> | undefined): string {
  const year = since?.since;
  const row = model.chinaHistory.find((r) => r.year === year);
  if (!since || !row || row.year >= FIRST_YEAR) return '';
  return `China’s ${row.year} deficit, before the years drawn, was ${bn(row.balance)} in the April 2025 release, slightly smaller than ${bn(since.last.balance)} in ${since.last.year}; every year in between was larger.`;
}

/** The largest difference between the two releases among the rows shown, in US$ millions. */
export function largestRevision(model: Model): { series: PartnerSeries; year: number; first: number; revised: number } | undefined {
  let best: { series: PartnerSeries; year: number; first: number; revised: number } | undefined;
  for (const series of model.partners) {
    for (const row of series.rows.revised) {
      const first = series.rows['as-published'].find((r) => r.year === row.year);
      if (!first) continue;
      if (!best || Math.abs(row.balance - first.balance) > Math.abs(best.revised - best.first)) {
        best = { series, year: row.year, first: first.balance, revised: row.balance };
      }
    }
  }
  return best;
}

const WORDS = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve'];
const panelsWord = (model: Model) => WORDS[model.partners.length] ?? String(model.partners.length);
const bn = (millions: number, digits = 1) => formatBillions(Math.abs(millions), digits);

export const deficitsAnnual: ChartDefinition<Model, View> = {
  id: 'deficits-annual',
  name: 'US goods trade balance by partner, 2015–2025',
  views: ['revised', 'as-published'],
  viewLabels: { revised: 'As revised', 'as-published': 'As first published (April 2025)' },
  datasets: ['trade-balance-annual', 'trade-totals', 'claims', 'references'],
  height: (width) => layout(width).height,

  model(data, cite) {
    const dataset = data('trade-balance-annual');
    const inRange = dataset.records.filter((r) => PARTNERS.includes(r.partner) && r.year >= FIRST_YEAR && r.year <= LAST_YEAR);
    const series = PARTNERS.map((partner): PartnerSeries => {
      const mine = inRange.filter((r) => r.partner === partner).sort((a, b) => a.year - b.year);
      const censusName = mine[0]?.censusName;
      if (!censusName) throw new Error(`deficits-annual: no rows for partner ${partner} in trade-balance-annual`);
      const name = NAMES[partner]?.name ?? censusName;
      return {
        partner,
        name,
        short: NAMES[partner]?.short ?? name,
        rows: {
          revised: mine.filter((r) => r.vintage === VINTAGE.revised),
          'as-published': mine.filter((r) => r.vintage === VINTAGE['as-published']),
        },
      };
    });
    const ids = new Set(inRange.map((r) => r.id));
    const claims: Record<string, ClaimNote[]> = {};
    for (const claim of data('claims').records) {
      const record = claim.official?.record;
      if (claim.official?.dataset !== 'trade-balance-annual' || !record || !ids.has(record)) continue;
      claims[record] = [...(claims[record] ?? []), claimNote(claim, cite)];
    }
    const references = data('references').records;
    const reference = (id: string) => {
      const found = references.find((r) => r.id === id);
      if (!found) throw new Error(`deficits-annual: reference "${id}" is missing from references.json`);
      return found;
    };
    return {
      partners: panelOrder(series),
      claims,
      citations: Object.fromEntries(inRange.map((r) => [r.id, cite(r.citations)])),
      references: { revised: reference(REFERENCE.revised), 'as-published': reference(REFERENCE['as-published']) },
      chinaHistory: history(dataset.records, 'CN'),
      // The headline release of February 2026 gave the last year before the revision: say both.
      firstPrints: data('trade-totals').records.filter((r) => r.measure === 'goods-census' && r.month === null && r.partner !== null),
      asOf: dataset.asOf,
    };
  },

  figure(model, view) {
    const shown = model.references[view];
    const other = model.references[OTHER[view]];
    const sourceLine = `${shown.issuer}, ${shown.title}: ${shown.identifier}; ${view === 'revised' ? 'first-published figures' : 'revised figures'} from ${other.identifier}. Goods only, Census basis, nominal US dollars.`;
    const scale =
      'Each panel is one partner, all on the same scale; below zero is a US deficit. Grey lines are the other partners, for comparison; a ring marks a figure that a claim in one of the 2025 articles was checked against. The figure beside each name is the last year shown. Hover, tap or use the arrow keys for each year’s balance, exports and imports.';
    const leavesOut =
      'Goods only, on the Census basis: services and the balance-of-payments adjustments are left out, so the figures differ from BEA totals and from what partners report. The European Union is the Census aggregate, not a sum of member states. No Census figures for 2026 were found, so the series stop with 2025.';
    const china = model.partners.find((s) => s.partner === 'CN');
    const china2024 = {
      revised: china?.rows.revised.find((r) => r.year === 2024),
      first: china?.rows['as-published'].find((r) => r.year === 2024),
    };
    const cnCompare =
      china2024.revised && china2024.first
        ? `China’s 2024 deficit, for example, was ${bn(china2024.first.balance)} as first published and ${bn(china2024.revised.balance)} as revised.`
        : '';
    const gaps = model.partners.filter((s) => (s.rows.revised[0]?.year ?? FIRST_YEAR) > FIRST_YEAR);

    if (view === 'as-published') {
      const lastYear = Math.max(...model.partners.flatMap((s) => s.rows['as-published'].map((r) => r.year)));
      const quoted = model.partners.flatMap((s) =>
        s.rows['as-published'].filter((r) => model.claims[r.id]).map((r) => `${s.name} ${r.year}`),
      );
      const allDeficits = model.partners.every((s) => s.rows['as-published'].every((r) => r.balance < 0));
      const title =
        china2024.first && china2024.revised
          ? `As first published in April 2025, the US goods deficit with China in 2024 was ${bn(china2024.first.balance)}; the revised release puts it at ${bn(china2024.revised.balance)}`
          : 'US goods trade balance with nine partners, as first published in April 2025';
      return {
        title,
        alt: `${panelsWord(model)} small line charts of the US goods trade balance with ${joinList(model.partners.map((s) => (s.partner === 'EU' ? `the ${s.name}` : s.name)))}, ${FIRST_YEAR}–${lastYear}, in the Census release of April 2025.${allDeficits ? ' Every partner shows a US deficit in every year.' : ''}`,
        description: [
          scale,
          `This view shows the Census release of April 2025, which ends with ${lastYear} as first published${quoted.length ? `; claims in the 2025 articles were checked against its figures for ${joinList(quoted)} (ringed)` : ''}.`,
          cnCompare,
          'The readout gives the revised figure where the revised release has one.',
          leavesOut,
        ]
          .filter(Boolean)
          .join(' '),
        sourceLine,
        asOf: model.asOf,
      };
    }

    const facts = revisedFacts(model);
    const risers = facts.atDeepest.filter((s) => s.partner !== 'CN').map((s) => s.name);
    const chinaText = facts.chinaLast
      ? `The US goods deficit with China fell to ${bn(facts.chinaLast.balance)} in ${LAST_YEAR}${facts.chinaSince ? `, ${smallestSinceText(facts.chinaSince)}` : ''}`
      : `US goods trade balance with nine partners, ${FIRST_YEAR}–${LAST_YEAR}`;
    const title = risers.length ? `${chinaText}, while the deficits with ${joinList(risers)} were their largest` : chinaText;
    const chinaPeak = china ? deepest(china.rows.revised) : undefined;
    const grew = ['VN', 'TW'].flatMap((code) => {
      const s = model.partners.find((p) => p.partner === code);
      const first = s?.rows.revised[0];
      const last = s?.rows.revised.at(-1);
      return s && first && last ? [`with ${s.name} from ${bn(first.balance)} in ${first.year} to ${bn(last.balance)}`] : [];
    });
    const alt = `${panelsWord(model)} small line charts of the US goods trade balance, ${FIRST_YEAR}–${LAST_YEAR}, as revised. ${
      chinaPeak && facts.chinaLast
        ? `The deficit with China falls from ${bn(chinaPeak.balance)} in ${chinaPeak.year} to ${bn(facts.chinaLast.balance)} in ${LAST_YEAR}`
        : ''
    }${grew.length ? `; the deficit grows ${grew.join(' and ')}.` : '.'}`;
    const revision = largestRevision(model);
    const gapText = gaps.length
      ? `${joinList(gaps.map((s) => s.name))}: the revised release as transcribed starts in ${gaps.map((s) => s.rows.revised[0]?.year).join(', ')}, so earlier years are left blank here rather than filled from the other release; the “As first published” view shows them.`
      : '';
    return {
      title,
      alt: alt.length > 400 ? `${alt.slice(0, 396)}…` : alt,
      description: [
        scale,
        `Figures are Census figures ${tradeVintages[VINTAGE.revised]}. Census revises recent years every June; where the April 2025 release first published a different figure, the readout gives both. ${cnCompare}`,
        revision
          ? `The largest revision among these partners is ${revision.series.name} ${revision.year}: ${formatBillions(revision.first)} first published, ${formatBillions(revision.revised)} revised.`
          : '',
        gapText,
        sinceText(model, facts.chinaSince),
        firstPrintText(model),
        leavesOut,
      ]
        .filter(Boolean)
        .join(' '),
      sourceLine,
      asOf: model.asOf,
    };
  },

  render(model, view, { document, width }) {
    const L = layout(width);
    const svg = svgRoot(document, width, L.height);
    const points = drawnPoints(model, view);
    const axis = niceAxis(
      -Math.min(0, ...model.partners.flatMap((s) => [...s.rows.revised, ...s.rows['as-published']].map((r) => toBillions(r.balance)))),
    );
    const header = el(document, svg, 'g', { class: 'tl-head' });
    text(document, header, 0, 13, 'Goods balance, US$ bn; below 0 is a US deficit', { 'font-weight': 600 });
    const vintage = `Census figures ${tradeVintages[VINTAGE[view]]}`;
    const vintageLines = L.compact ? splitAtParen(vintage) : [vintage];
    vintageLines.forEach((line, k) => {
      text(document, header, 0, 28 + 15 * k, line, { fill: 'var(--text-muted)' });
    });
    const key = ['Grey lines: the other partners.', 'Ring: checked against a claim in a 2025 article.'];
    if (L.compact && L.spare) {
      const spare = L.spare;
      const keyLines = ['Grey lines: the other', 'partners.', 'Ring: checked against', 'a claim in a 2025', 'article.'];
      keyLines.forEach((line, k) => {
        text(document, header, spare.x + 4, spare.y + 4 + 15 * k, line, { fill: 'var(--text-muted)' });
      });
    } else {
      text(document, header, 0, 43, key.join(' '), { fill: 'var(--text-muted)' });
    }

    // Shared presentation attributes sit on groups, so each mark carries only its geometry.
    const dot = dotMarker(document, svg, 'dot', {
      r: L.compact ? 2.25 : 2.75,
      fill: colour('partner'),
      stroke: 'var(--bg)',
      'stroke-width': 0.75,
    });
    model.partners.forEach((series, index) => {
      const panel = L.panels[index] as Panel;
      const x = linear([FIRST_YEAR, LAST_YEAR], [panel.x + 7, panel.x + panel.width - 7]);
      const y = linear([0, -axis.max], [panel.y, panel.y + panel.height]);
      const at = (r: TradeBalanceAnnualRow) => [x(r.year), y(toBillions(r.balance))] as const;
      const mine = points.filter((p) => p.panel === index);
      const g = snapArea(el(document, svg, 'g', { class: 'tl-panel' }), panel);
      const labels = el(document, g, 'g', { fill: 'var(--text-muted)' });
      for (const tick of axis.ticks) {
        el(document, g, 'line', {
          x1: panel.x,
          x2: panel.x + panel.width,
          y1: y(-tick),
          y2: y(-tick),
          stroke: tick === 0 ? colour('muted') : colour('grid'),
        });
        if (panel.col === 0)
          text(document, labels, panel.x - 5, y(-tick) + 4, tick === 0 ? '0' : `−${tick}`, { 'text-anchor': 'end', fill: '' });
      }
      const ghosts = el(document, g, 'g', { fill: 'none', stroke: colour('muted'), 'stroke-opacity': 0.3 });
      for (const other of model.partners) {
        if (other !== series && other.rows[view].length > 1) el(document, ghosts, 'path', { d: pathOf(other.rows[view].map(at)) });
      }
      const rows = series.rows[view];
      const line = el(document, g, 'path', {
        d: pathOf(rows.map(at)),
        fill: 'none',
        stroke: colour('partner'),
        'stroke-width': 2,
        'stroke-linejoin': 'round',
      });
      // A dot at each year, drawn by the line's marker; the points are stops from the panel's first.
      if (mine[0]) dotted(line, dot, mine[0].i);
      const first = rows[0];
      if (first && first.year > FIRST_YEAR) {
        const note = L.compact ? [`Revised: ${first.year} on`] : ['No revised figures', `before ${first.year}`];
        for (const [k, line] of note.entries()) {
          const halo = { fill: '', stroke: 'var(--bg)', 'stroke-width': 3, 'paint-order': 'stroke' };
          // On a phone the one-line note sits between the first two gridlines, clear of their labels.
          const y = panel.y + panel.height * (L.compact ? 0.3 : 0.45) + 15 * k;
          text(document, labels, panel.x + 2, y, line, halo);
        }
      }
      for (const point of mine.filter((p) => model.claims[p.row.id])) {
        const [cx, cy] = at(point.row);
        el(document, g, 'circle', { cx, cy, r: L.compact ? 5 : 6, fill: 'none', stroke: 'currentColor', 'stroke-width': 1.25 });
      }
      text(document, g, panel.x, panel.headY, L.compact ? series.short : series.name, { 'font-weight': 700 });
      const last = rows.at(-1);
      if (last)
        text(document, labels, panel.x + panel.width, panel.headY, formatBillions(last.balance, L.compact ? 0 : 1), {
          'text-anchor': 'end',
          fill: '',
        });
      const ticks = [
        [FIRST_YEAR, 'start', panel.x],
        [2020, 'middle', x(2020)],
        [LAST_YEAR, 'end', panel.x + panel.width],
      ] as const;
      for (const [year, anchor, tx] of ticks) text(document, labels, tx, panel.footY, String(year), { 'text-anchor': anchor, fill: '' });
    });
    return svg;
  },

  table(model, view) {
    const otherLabel = view === 'revised' ? 'Balance as first published (Apr 2025), US$ bn' : 'Balance as revised, US$ bn';
    const round = (m: number) => Math.round(m / 100) / 10;
    return {
      columns: [
        { key: 'partner', label: 'Partner' },
        { key: 'year', label: 'Year' },
        { key: 'release', label: 'Census release' },
        { key: 'exports_bn', label: 'US exports, US$ bn', numeric: true },
        { key: 'imports_bn', label: 'US imports, US$ bn', numeric: true },
        { key: 'balance_bn', label: 'Balance, US$ bn', numeric: true },
        { key: 'other_bn', label: otherLabel, numeric: true },
      ],
      rows: drawnPoints(model, view).map(({ panel, row, other }) => ({
        partner: model.partners[panel]?.name ?? row.censusName,
        year: String(row.year),
        release: tradeVintages[row.vintage],
        exports_bn: round(row.exports),
        imports_bn: round(row.imports),
        balance_bn: round(row.balance),
        other_bn: other ? round(other.balance) : null,
      })),
    };
  },

  stops(model, view) {
    return drawnPoints(model, view).map(({ i, panel, row, other }): ChartStop => {
      const claims = [...(model.claims[row.id] ?? []), ...(other ? (model.claims[other.id] ?? []) : [])];
      return {
        i,
        heading: `${model.partners[panel]?.name ?? row.censusName}, ${row.year}`,
        lines: [
          `Balance ${formatBillions(row.balance)}${row.balance < 0 ? ' (US deficit)' : ' (US surplus)'}: US exports ${formatBillions(row.exports)}, US imports ${formatBillions(row.imports)}`,
          `Census figures ${tradeVintages[row.vintage]}. ${comparison(view, row, other)}`,
          `Table: ${row.table}`,
          ...claims.map((c) => `Quoted in 2025: ${c.text}. ${c.verdict} ${c.note}`),
        ],
        citations: [...(model.citations[row.id] ?? []), ...claims.flatMap((c) => c.citations.filter((s) => s.quote))],
      };
    });
  },
};

/** What the other release says about the same partner and year, for the readout. */
export function comparison(view: View, row: TradeBalanceAnnualRow, other: TradeBalanceAnnualRow | undefined): string {
  if (view === 'revised') {
    if (!other) return 'Not in the April 2025 release, which ends with 2024.';
    if (Math.abs(row.balance - other.balance) < SAME_WITHIN) return 'The April 2025 release gave the same balance.';
    return `First published in April 2025 as ${formatBillions(other.balance)}; revised by ${formatBillionsChange(row.balance - other.balance)}.`;
  }
  if (!other) return 'The revised release as transcribed has no figure for this year.';
  if (Math.abs(row.balance - other.balance) < SAME_WITHIN) return 'The revised release gives the same balance.';
  return `Revised later to ${formatBillions(other.balance)} (${formatBillionsChange(other.balance - row.balance)}).`;
}

function claimNote(claim: Claim, cite: CitationResolver): ClaimNote {
  const verdicts: Record<Claim['verdict'], string> = {
    matches: 'The Census figure matches.',
    differs: `The Census figure differs (${claim.reason ?? 'see note'}).`,
    exceeded: 'A forecast; the Census figures show the outcome went further.',
    'fell-short': 'A forecast; the Census figures show the outcome fell short.',
    ambiguous: 'The claim can be read two ways.',
    'not-checkable': 'Not checkable.',
  };
  const verdict = verdicts[claim.verdict];
  return { text: claim.claimed.text, verdict, note: claim.note, citations: cite(claim.citations) };
}

/** Panel grid for a width: two columns on phones (key in the free cell), three on the column. */
function layout(width: number) {
  const compact = width < 480;
  const grid = panelGrid(
    compact
      ? { width, count: PARTNERS.length, cols: 2, top: 52, left: 36, right: 2, gapX: 14, gapY: 10, head: 18, plot: 62, foot: 16 }
      : { width, count: PARTNERS.length, cols: 3, top: 56, left: 38, right: 2, gapX: 18, gapY: 12, head: 20, plot: 84, foot: 17 },
  );
  return { compact, ...grid };
}
