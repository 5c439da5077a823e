import { describe, expect, it } from 'vitest';
import { negotiationTimeline as chart } from '../../src/charts/negotiation-timeline';
import { layout } from '../../src/charts/negotiation-timeline/layout';
import {
  ALL,
  dateSpan,
  EO_14326_IN_FORCE,
  focusPartner,
  isApproximate,
  shortLabel,
  type View,
  visibleItems,
  visibleLanes,
} from '../../src/charts/negotiation-timeline/model';
import { dealsAroundDeadlines, formatWhen } from '../../src/charts/negotiation-timeline/text';
import { loadDatasets } from '../../src/provenance/dataset-loader';
import { readSourceTexts } from '../../src/provenance/source-texts';
import { sourceSchema } from '../../src/schemas/source';
import { makeCitationResolver } from '../../src/site/citations';
import { datasetAccess } from '../../src/site/dataset-access';
import { createDocument } from '../../src/site/render-svg';

const data = datasetAccess(loadDatasets());
const sources = new Map([...readSourceTexts()].map(([id, s]) => [id, sourceSchema.parse(s.frontmatter)]));
const cite = makeCitationResolver(data('references').records, sources);
const model = chart.model(data, cite);
const negotiations = data('negotiations').records;
const views = chart.views;
const render = (view: View, width: number) => chart.render(model, view, { document: createDocument(), width, idPrefix: 't', params: {} });
const item = (id: string) => {
  const found = model.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

describe('negotiation-timeline: events and their order', () => {
  it('has every negotiation step to the as-of date, 30 November 2026, and nothing after it', () => {
    expect(data('negotiations').asOf).toBe('2026-11-30');
    for (const e of negotiations) expect(item(e.id).label).toBe(e.label);
    for (const i of model.items) expect(i.date <= '2026-11-30', i.id).toBe(true);
    // The 2026 rounds, deals and the Section 122 and Section 301 changes are drawn, not only named.
    for (const id of [
      'cn-2025-09-14-madrid',
      'cn-2025-10-25-kuala-lumpur',
      'kr-2025-07-30-deal',
      'cn-2026-05-14-beijing',
      'all-2026-07-24-section-301',
    ])
      expect(item(id).id).toBe(id);
    expect(model.later).toEqual([]);
  });

  it.each(views)('view %s: stops follow the date order, one per shown item', (view) => {
    const shown = visibleItems(model, view);
    const dates = shown.map((i) => i.date);
    expect(dates).toEqual([...dates].sort());
    const stops = chart.stops?.(model, view, {}) ?? [];
    expect(stops.map((s) => s.i)).toEqual(shown.map((_, i) => i));
    stops.forEach((stop, i) => {
      expect(stop.heading).toContain(shown[i]?.label);
    });
  });

  it('orders same-day events by lane (US before China on the rate lines)', () => {
    const day = model.items.filter((i) => i.date === '2025-04-10').map((i) => i.id);
    expect(day).toEqual(['us-2025-04-10', 'china-2025-04-10']);
    const deals = model.items.filter((i) => i.date === '2025-10-26' && i.kind === 'deal').map((i) => i.lane);
    const laneOrder = model.lanes.map((l) => l.key);
    expect(deals).toEqual([...deals].sort((a, b) => laneOrder.indexOf(a) - laneOrder.indexOf(b)));
  });

  it('draws US–China rate changes that applied, and marks those announced or threatened as never applied', () => {
    const peak = item('us-2025-04-10');
    expect(peak.tariff).toMatchObject({ side: 'us', rate: 145, direction: 'up', applied: true, onLine: true });
    expect(item('us-2025-05-14').tariff?.direction).toBe('down');
    expect(item('us-2025-04-02-announced')).toMatchObject({ hollow: true, status: 'announced' });
    expect(item('us-2025-10-10-threat')).toMatchObject({ hollow: true, status: 'threatened' });
    // Talks and the truce extension are steps of the negotiations data already: not drawn twice.
    expect(model.items.some((i) => i.id === 'talks-2025-05-12-geneva' || i.id === 'us-2025-08-12-extension')).toBe(false);
    expect(model.rateSteps.filter((s) => s.side === 'us').map((s) => s.rate)).toEqual([10, 20, 30, 104, 145, 30, 20, 10, 12.5]);
  });

  it('adds the EO 14326 rate of 7 August to each partner lane, from reciprocal-rates', () => {
    // The date is a constant because the dataset says it only in words: check the words.
    expect(negotiations.find((e) => e.id === 'all-2025-07-31-eo-14326')?.summary).toContain('7 August 2025');
    expect(EO_14326_IN_FORCE).toBe('2025-08-07');
    const rates = data('reciprocal-rates').records;
    for (const lane of model.lanes.filter((l) => l.key !== ALL && l.key !== 'CN')) {
      const step = model.items.find((i) => i.lane === lane.key && i.kind === 'tariff');
      expect(step?.date, lane.name).toBe(EO_14326_IN_FORCE);
      expect(step?.tariff?.rate).toBe(rates.find((r) => r.partner === lane.key)?.eo14326.rate);
      expect(step?.citations[0]?.label).toContain('EO 14326');
    }
    expect(item('japan-eo-14326').short).toBe('15%');
    expect(item('european-union-eo-14326').tariff?.direction).toBe('rule');
    expect(item('united-kingdom-eo-14326').tariff?.direction).toBe('same');
  });
});

describe('negotiation-timeline: lanes', () => {
  it('puts all partners first, then China, Japan and South Korea, then the rest by first step', () => {
    const keys = model.lanes.map((l) => l.key);
    expect(keys.slice(0, 4)).toEqual([ALL, 'CN', 'JP', 'KR']);
    const partners = new Set(negotiations.map((e) => e.partner ?? ALL));
    expect(new Set(keys)).toEqual(partners);
    const firsts = keys.slice(4).map((k) => model.items.find((i) => i.lane === k)?.date ?? '');
    expect(firsts).toEqual([...firsts].sort());
    expect(model.lanes[0]?.name).toBe('All partners');
    expect(model.lanes.find((l) => l.key === 'KR')?.name).toBe('South Korea');
  });

  it('sends steps without a partner (the pause deadlines) to the all-partners lane', () => {
    for (const e of negotiations.filter((n) => n.partner === null)) expect(item(e.id).lane).toBe(ALL);
    expect(item('all-2025-07-09-deadline').kind).toBe('deadline');
    expect(item('all-eo-14326-in-force').lane).toBe(ALL);
  });

  it('draws a labelled lane per partner, and dashed guides for the all-partner deadlines', () => {
    const svg = render('all', 680);
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    for (const lane of model.lanes) expect(texts).toContain(lane.name);
    const guides = svg.querySelectorAll('line[data-guide]');
    expect(guides.length).toBe(model.items.filter((i) => i.lane === ALL && i.kind === 'deadline').length);
  });

  it('stacks lane labels above the lanes on a phone and beside them in a column', () => {
    for (const view of views) {
      const phone = layout(model, view, 340);
      for (const box of phone.lanes) expect(box.labelY, box.lane.name).toBeLessThan(box.rowsTop);
      expect(phone.plotLeft).toBeLessThan(10);
      const column = layout(model, view, 680);
      for (const box of column.lanes) expect(box.labelY).toBeGreaterThan(box.rowsTop);
      expect(column.plotLeft).toBeGreaterThan(60);
    }
  });
});

describe('negotiation-timeline: views', () => {
  it.each(['china', 'japan', 'korea'] as const)('%s shows only that partner and the all-partner deadlines and orders', (view) => {
    const partner = focusPartner[view];
    const shown = visibleItems(model, view);
    expect(visibleLanes(model, view).map((l) => l.key)).toEqual([ALL, partner]);
    for (const i of shown) expect([ALL, partner]).toContain(i.lane);
    // Every step of the partner is there; the all-partner talks are not (they are not deadlines).
    expect(shown.filter((i) => i.lane === partner)).toEqual(model.items.filter((i) => i.lane === partner));
    expect(shown.some((i) => i.lane === ALL && i.kind === 'talks')).toBe(false);
    for (const id of ['all-2025-07-09-deadline', 'all-2025-08-01-deadline', 'all-2025-07-07-extension'])
      expect(shown.map((i) => i.id)).toContain(id);
    // The table, the stops and the marks are the same rows.
    expect(chart.table(model, view, {}).rows).toHaveLength(shown.length);
    expect(render(view, 340).querySelectorAll('.tl-stop')).toHaveLength(shown.length);
  });

  it('shows the China rate lines only where China is shown', () => {
    expect(layout(model, 'all', 680).lanes.some((b) => b.rates)).toBe(true);
    expect(layout(model, 'china', 680).lanes.find((b) => b.lane.key === 'CN')?.rates).toBeDefined();
    expect(layout(model, 'japan', 680).lanes.some((b) => b.rates)).toBe(false);
  });

  it('limits the time axis to the months of the shown events', () => {
    const [start, end] = layout(model, 'japan', 680).x.domain();
    const shown = visibleItems(model, 'japan');
    expect(start?.toISOString().slice(0, 10)).toBe(`${shown[0]?.date.slice(0, 7)}-01`);
    // Japan's view carries the all-partner steps, so it runs to the Section 301 tariff of 24 July 2026.
    expect(end?.toISOString().slice(0, 10)).toBe('2026-08-01');
    expect(layout(model, 'all', 340).x.domain()[1]?.toISOString().slice(0, 10)).toBe('2026-12-01');
  });
});

describe('negotiation-timeline: dates that are not known to the day', () => {
  const round8 = item('jp-2025-07-07-round-8');
  const twenty = item('all-2025-05-us-priority-list');

  it('spans the week or the month, and formats them as such', () => {
    expect(round8).toMatchObject({ precision: 'week', inferred: true });
    const week = dateSpan(round8);
    expect((+week.last - +week.start) / 86_400_000).toBe(6);
    expect(formatWhen(round8)).toBe('Week of 7 Jul 2025 (date inferred)');
    const month = dateSpan(twenty);
    expect(month.start.toISOString().slice(0, 10)).toBe('2025-05-01');
    expect(month.last.toISOString().slice(0, 10)).toBe('2025-05-31');
    expect(formatWhen(twenty)).toBe('May 2025');
    expect(formatWhen(item('cn-2025-05-10-geneva'))).toBe('10–11 May 2025');
    expect(formatWhen(item('jp-2025-05-30-round-4'))).toBe('30 May 2025 (date inferred)');
    expect(formatWhen(item('cn-2025-10-30-busan'))).toBe('30 Oct 2025');
    expect(formatWhen({ date: '2025-07-28', endDate: '2025-08-02', precision: 'day', inferred: false })).toBe('28 Jul – 2 Aug 2025');
  });

  it('draws a dashed ring round every approximate or inferred date, and a band for a week or month', () => {
    for (const view of views) {
      for (const width of [340, 680]) {
        const svg = render(view, width);
        const shown = visibleItems(model, view);
        const rings = [...svg.querySelectorAll('circle[data-uncertain]')];
        expect(rings).toHaveLength(shown.filter(isApproximate).length);
        for (const ring of rings) expect(ring.getAttribute('stroke-dasharray')).toBeTruthy();
        const bands = [...svg.querySelectorAll('rect[data-uncertain]')];
        expect(bands.map((b) => shown[Number(b.getAttribute('data-i'))]?.precision).sort()).toEqual(
          shown
            .filter((i) => i.precision !== 'day')
            .map((i) => i.precision)
            .sort(),
        );
      }
    }
    // A stated date known to the day gets no ring.
    expect(isApproximate(item('cn-2025-10-30-busan'))).toBe(false);
    expect(isApproximate(item('kr-2025-06-23-talks'))).toBe(true);
  });

  it('centres the mark in its week or month and covers the whole period with the band', () => {
    const L = layout(model, 'japan', 680);
    const p = L.placed.find((q) => q.item.id === round8.id);
    const { start, last } = dateSpan(round8);
    expect(p?.x0).toBeCloseTo(L.x(start));
    expect(p?.x1).toBeCloseTo(L.x(new Date(+last + 86_400_000)));
    expect(p?.cx).toBeCloseTo(((p?.x0 ?? 0) + (p?.x1 ?? 0)) / 2);
  });

  it('says how an inferred date was worked out in the readout', () => {
    const shown = visibleItems(model, 'japan');
    const stop = chart.stops?.(model, 'japan', {}).find((s) => s.i === shown.indexOf(round8));
    expect(stop?.heading).toContain('Week of 7 Jul 2025 (date inferred)');
    expect(stop?.lines.join(' ')).toContain('How the date was worked out');
    expect(stop?.citations.some((c) => c.quote?.includes('eighth round'))).toBe(true);
  });
});

describe('negotiation-timeline: drawing', () => {
  it.each(views.flatMap((view) => [340, 680].map((width) => [view, width] as const)))(
    '%s at %ipx: one stop mark per event, no overlaps in a row',
    (view, width) => {
      const svg = render(view, width);
      const shown = visibleItems(model, view);
      const marks = [...svg.querySelectorAll('.tl-stop')];
      expect(marks.map((m) => Number(m.getAttribute('data-i'))).sort((a, b) => a - b)).toEqual(shown.map((_, i) => i));
      // The client element handles the keys: marks themselves are never focusable.
      expect(svg.querySelectorAll('[tabindex]')).toHaveLength(0);
      expect(svg.getAttribute('viewBox')).toBe(`0 0 ${width} ${svg.getAttribute('height')}`);
      const L = layout(model, view, width);
      const rows = new Map<string, { left: number; right: number }[]>();
      for (const p of L.placed.filter((q) => q.track === 'events')) {
        const key = `${p.lane}:${p.row}`;
        for (const other of rows.get(key) ?? [])
          expect(p.left >= other.right || p.right <= other.left, `${p.item.id} overlaps in ${key}`).toBe(true);
        rows.set(key, [...(rows.get(key) ?? []), p]);
      }
      for (const p of L.placed) {
        expect(p.cx).toBeGreaterThanOrEqual(L.plotLeft - 1);
        expect(p.cx).toBeLessThanOrEqual(L.plotRight + 1);
      }
    },
  );

  it('keeps short labels clear of the marks in their row and inside the plot', () => {
    for (const view of views) {
      for (const width of [340, 680]) {
        const L = layout(model, view, width);
        for (const label of L.labels) {
          const w = label.text.length * 7;
          const [a, b] = label.anchor === 'start' ? [label.x, label.x + w] : [label.x - w, label.x];
          expect(a).toBeGreaterThanOrEqual(L.plotLeft - 1);
          expect(b).toBeLessThanOrEqual(L.plotRight + 1);
          for (const p of L.placed.filter((q) => q.track === 'events' && Math.abs(q.cy - label.y + 4) < 1)) {
            expect(b <= p.left || a >= p.right, `${label.text} over ${p.item.id} (${view} ${width})`).toBe(true);
          }
        }
      }
    }
  });

  it('labels fewer months on a phone', () => {
    const count = (width: number) => layout(model, 'all', width).ticks.filter((t) => t.text).length;
    expect(count(340)).toBeLessThan(count(680));
    expect(layout(model, 'all', 340).ticks.find((t) => t.text)?.text).toMatch(/2025/);
  });

  it('uses only CSS variables and currentColor for colours', () => {
    const markup = render('all', 680).outerHTML;
    for (const [, value] of markup.matchAll(/(?:fill|stroke)="([^"]+)"/g))
      expect(value).toMatch(/^(var\(--[a-z0-9-]+\)|currentColor|none|transparent)$/);
  });

  it('gives short labels by kind', () => {
    const e = (id: string) => {
      const found = negotiations.find((n) => n.id === id);
      if (!found) throw new Error(id);
      return shortLabel(found);
    };
    expect(e('jp-2025-07-07-round-8')).toBe('Round 8');
    expect(e('cn-2025-05-10-geneva')).toBe('Geneva');
    expect(e('all-2025-08-01-deadline')).toBe('1 Aug');
    expect(e('all-2025-07-07-extension')).toBe('to 1 Aug');
  });
});

describe('negotiation-timeline: figure text comes from the data', () => {
  it('counts the deals between the pause deadlines', () => {
    const story = dealsAroundDeadlines(model);
    const deals = negotiations.filter((e) => e.kind === 'deal' && e.partner !== null && e.date > '2025-07-09' && e.date <= '2025-08-01');
    expect(story?.between.map((i) => i.id).sort()).toEqual(deals.map((e) => e.id).sort());
    expect(story?.cluster).toHaveLength(4);
    const figure = chart.figure(model, 'all', {});
    expect(figure.title).toBe(
      'Four partners struck deals between the 9 July and 1 August deadlines; four more came on one day, 26 October',
    );
    expect(figure.alt).toContain('the European Union');
    expect(figure.asOf).toBe(data('negotiations').asOf);
  });

  it('names the China peak and end rate, and the Japan round and deal', () => {
    const china = chart.figure(model, 'china', {});
    // Six meetings in 2025 (Geneva, London, Stockholm, Madrid, Kuala Lumpur, Busan) and the Beijing summit of May 2026.
    expect(china.title).toContain('Seven US–China meetings');
    expect(china.title).toContain('from 145% to 12.5%');
    expect(china.title).toContain('from Geneva to Beijing');
    expect(china.description).toContain('stepped down after the meetings in Geneva and Busan');
    const japan = chart.figure(model, 'japan', {});
    expect(japan.title).toContain('eighth ministerial round');
    expect(japan.title).toContain('ten days before the 1 August deadline');
    expect(chart.figure(model, 'korea', {}).title).toContain('a deal on 30 July, a 15% rate from 7 August');
  });

  it('names the news publishers that are quoted, and the rate sources only when drawn', () => {
    expect(chart.figure(model, 'all', {}).sourceLine).toContain('Kyodo News');
    expect(chart.figure(model, 'china', {}).sourceLine).toContain('Tariff Commission');
    expect(chart.figure(model, 'japan', {}).sourceLine).not.toContain('Tariff Commission');
  });
});
