/**
 * The browser half of <DateScrubber>: Page Up/Down jump between the dated events, the two buttons
 * do the same, a click on a tick goes to its event, and the range's spoken value (aria-valuetext)
 * and the visible date follow the thumb in the site's date format. The range input itself stays
 * native: arrows, Home/End, pointer drag and touch need no code.
 */
import { formatDay } from '../shared/format';

interface ScrubberEvent {
  date: string;
  index: number;
  labels: string[];
}

export interface Scrubber {
  /** Moves the thumb to a position (without firing `onDay`). */
  set: (index: number) => void;
}

/** Wires the scrubber inside `root`. `dayAt(index)` turns a position into an ISO day. */
export function wireScrubber(root: Element, dayAt: (index: number) => string, onDay: (day: string) => void): Scrubber | null {
  const box = root.querySelector<HTMLElement>('[data-scrubber]');
  const input = box?.querySelector<HTMLInputElement>('input[type="range"]');
  if (!box || !input) return null;
  const events: ScrubberEvent[] = JSON.parse(box.querySelector('script.scrubber-events')?.textContent ?? '[]');
  const out = box.querySelector('.scrubber-day');
  const eventText = box.querySelector('.scrubber-event');
  const [prev, next] = [box.querySelector<HTMLButtonElement>('[data-step="-1"]'), box.querySelector<HTMLButtonElement>('[data-step="1"]')];

  const show = () => {
    const index = Number(input.value);
    const day = dayAt(index);
    const event = events.find((e) => e.index === index);
    if (out) out.textContent = formatDay(day);
    if (eventText) eventText.textContent = event ? event.labels.join('; ') : '';
    input.setAttribute('aria-valuetext', event ? `${formatDay(day)}: ${event.labels.join('; ')}` : formatDay(day));
    if (prev) prev.disabled = !events.some((e) => e.index < index);
    if (next) next.disabled = !events.some((e) => e.index > index);
    return day;
  };
  const go = (index: number) => {
    input.value = String(index);
    onDay(show());
  };
  const jump = (direction: 1 | -1) => {
    const at = Number(input.value);
    const target = direction === 1 ? events.find((e) => e.index > at) : events.findLast((e) => e.index < at);
    if (target) go(target.index);
  };

  input.addEventListener('input', () => onDay(show()));
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'PageUp' && event.key !== 'PageDown') return;
    event.preventDefault();
    // As on any ARIA slider, Page Up raises the value (a later day) and Page Down lowers it.
    jump(event.key === 'PageUp' ? 1 : -1);
  });
  prev?.addEventListener('click', () => jump(-1));
  next?.addEventListener('click', () => jump(1));
  box.querySelector('.scrubber-ticks')?.addEventListener('click', (event) => {
    const index = (event.target as HTMLElement).dataset.index;
    if (index !== undefined) go(Number(index));
  });
  // Tick and month positions come as data-at (the CSP allows no inline style attributes).
  for (const node of box.querySelectorAll<HTMLElement>('[data-at]')) node.style.setProperty('--at', node.dataset.at ?? '0%');
  show();
  return {
    set(index: number) {
      input.value = String(index);
      show();
    },
  };
}
