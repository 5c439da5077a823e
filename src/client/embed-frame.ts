/**
 * Runs inside an embedded chart (/embed/<id>/): applies ?theme=, ?view= and ?table= from the URL
 * and tells the host page its height whenever it changes, so the host script can size the iframe.
 *
 * Messages: the frame sends `{ type: 'tariff-ledger:embed-height', height }` (an integer of CSS
 * pixels). A host script that loads late says `{ type: 'tariff-ledger:embed-hello' }` and the frame
 * answers with its height, so a frame that loaded first is still sized.
 */

const HEIGHT = 'tariff-ledger:embed-height';
const HELLO = 'tariff-ledger:embed-hello';

// This module imports nothing, on purpose: then it is built into the page as an inline script.
// A frame sandboxed without allow-same-origin has an opaque origin and may not load a module
// file from /_astro/ (no CORS headers on a static host), so an imported helper would stop the
// sizing. The three keys are read as src/shared/url-state.ts reads them: the first value of each.
const search = new URLSearchParams(location.search);
const query = { theme: search.get('theme'), view: search.get('view'), table: search.get('table') };
const theme = query.theme;
if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;

/**
 * Where height messages go: the embedding page's origin when the browser tells us
 * (ancestorOrigins, else the referrer). A page that is itself sandboxed has the opaque origin
 * "null", which postMessage cannot target: then, and only then, '*' (the message is a number).
 */
function parentOrigin(): string {
  const ancestor = location.ancestorOrigins?.[0];
  if (ancestor) return ancestor;
  try {
    if (document.referrer) return new URL(document.referrer).origin;
  } catch {
    // an unparsable referrer: fall through
  }
  return 'null';
}

class TlEmbed extends HTMLElement {
  connectedCallback() {
    const views = [...this.querySelectorAll<HTMLElement>('.view-panel')];
    const requested = query.view;
    if (requested && views.some((p) => p.dataset.view === requested)) {
      for (const panel of views) panel.hidden = panel.dataset.view !== requested;
    }
    const shown = views.find((p) => !p.hidden);
    // The embed code's height has room for the tallest readout: reserve it, so the credit line
    // does not move when a reader steps through the points.
    const readout = shown?.querySelector<HTMLElement>('.readout');
    if (readout && shown?.dataset.readoutHeight) readout.style.minHeight = `${shown.dataset.readoutHeight}px`;
    if (query.table === '1') {
      for (const details of shown?.querySelectorAll<HTMLDetailsElement>('details') ?? []) {
        if (details.querySelector('table')) details.open = true;
      }
    }
    // Links inside a frame should open the site in a new tab, not inside the host page's frame.
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      if (link.hasAttribute('download')) continue;
      link.target = '_blank';
      link.rel = 'noopener';
    }
    if (window.parent === window) return;
    const target = parentOrigin();
    let last = 0;
    const measure = () => Math.ceil(document.documentElement.getBoundingClientRect().height);
    const send = (to: MessageEventSource | null, origin: string, height: number) =>
      (to as Window | null)?.postMessage({ type: HEIGHT, height }, origin === 'null' ? '*' : origin);
    const report = () => {
      const height = measure();
      if (height === last) return;
      last = height;
      send(window.parent, target, height);
    };
    window.addEventListener('message', (event) => {
      if (event.source !== window.parent || !event.data || event.data.type !== HELLO) return;
      send(event.source, event.origin, measure());
    });
    new ResizeObserver(report).observe(document.documentElement);
    report();
  }
}

// The page loads this script with `async` (scripts/async-scripts.mjs): it defines the element once
// the parser is done, so the element upgrades with all its children in place.
const define = () => customElements.get('tl-embed') ?? customElements.define('tl-embed', TlEmbed);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', define, { once: true });
else define();

// A module, not a script: its top-level names (define) stay its own.
export {};
