/**
 * Runs inside an embedded chart (/embed/<id>/): applies ?theme= and ?view= from the URL and tells
 * the host page its height whenever it changes, so the host script can size the iframe.
 */

import { readQuery } from '../shared/url-state';

const query = readQuery(location.search, ['theme', 'view']);
const theme = query.theme;
if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;

class TlEmbed extends HTMLElement {
  connectedCallback() {
    const views = [...this.querySelectorAll<HTMLElement>('.view-panel')];
    const requested = query.view;
    if (requested && views.some((p) => p.dataset.view === requested)) {
      for (const panel of views) panel.hidden = panel.dataset.view !== requested;
    }
    // Links inside a frame should open the site in a new tab, not inside the host page's frame.
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      link.target = '_blank';
      link.rel = 'noopener';
    }
    if (window.parent === window) return;
    let last = 0;
    const report = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      // The message carries only a height; the host checks our origin before acting on it.
      window.parent.postMessage({ type: 'tariff-ledger:embed-height', height }, '*');
    };
    new ResizeObserver(report).observe(document.documentElement);
    report();
  }
}

if (!customElements.get('tl-embed')) customElements.define('tl-embed', TlEmbed);
