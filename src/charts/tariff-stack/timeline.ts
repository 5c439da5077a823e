/**
 * The date scrubber's scale: every day from the first day of the data to its last, as positions
 * 0…n, and the dated events that change a duty, as ticks. Derived from `StackData` and the rules'
 * own `changeDays`, so when the datasets run further (the 2026 regime) the scrubber does too.
 * Browser-safe: the calculator and the wall use it at build time and in the browser.
 */
import { addDays, daysBetween, formatDay } from '../../shared/format';
import { changeDays, RECIPROCAL_CALENDAR, type StackData } from './rules';

export interface TimelineEvent {
  date: string;
  /** Position on the scrubber: days since the first day. */
  index: number;
  /** What changed that day, in a few words each. */
  labels: string[];
}

export const dayCount = (data: StackData) => daysBetween(data.start, data.end) + 1;
export const dayAt = (data: StackData, index: number) => addDays(data.start, Math.min(dayCount(data) - 1, Math.max(0, Math.round(index))));
export const indexOf = (data: StackData, day: string) => daysBetween(data.start, day);

/** The events on the scrubber, one per day, each with what changed, oldest first. */
export function timelineEvents(data: StackData): TimelineEvent[] {
  const labels = new Map<string, string[]>();
  const add = (date: string | null | undefined, label: string) => {
    if (!date || date <= data.start || date > data.end) return;
    labels.set(date, [...(labels.get(date) ?? []), label]);
  };
  const cal = RECIPROCAL_CALENDAR;
  add(cal.baselineFrom, '10% baseline on all partners');
  add(cal.annexDay, 'Annex I country rates, for one day');
  add(cal.pauseFrom, 'country rates paused (China excepted)');
  add(data.pauseExtension.date, 'pause extended');
  add(cal.eo14326From, 'EO 14326 rates');
  let previous = 0;
  for (const step of data.china.steps) {
    const total = step.fentanyl + step.reciprocal;
    if (total !== previous) add(step.from, `China ${total}%`);
    previous = total;
  }
  for (const s of data.sectors) {
    if (s.status !== 'effective') continue;
    add(s.effective, `${s.sector === 'autos' ? 'cars' : s.sector} ${s.rate}%${s.appliesTo ? ` (${s.appliesTo})` : ''}, Section 232`);
  }
  for (const p of data.partners) {
    if (p.penalty) add(p.penalty.effective, `${p.name} penalty ${p.penalty.rate}%`);
  }
  // Any other day the rules change on (rules added later) still gets a tick.
  for (const day of changeDays(data)) if (!labels.has(day)) add(day, 'a duty changes');
  return [...labels.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, l]) => ({ date, index: indexOf(data, date), labels: [...new Set(l)] }));
}

/** The scrubber's spoken value: "20 May 2025" plus what changed that day, if anything. */
export function dayText(events: TimelineEvent[], day: string): string {
  const event = events.find((e) => e.date === day);
  return event ? `${formatDay(day)}: ${event.labels.join('; ')}` : formatDay(day);
}

/** The next event after `day` (or the previous one before it), for Page Down / Page Up. */
export function nearbyEvent(events: TimelineEvent[], day: string, direction: 1 | -1): TimelineEvent | undefined {
  return direction === 1 ? events.find((e) => e.date > day) : events.findLast((e) => e.date < day);
}
