import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { htmlPages, readPage } from '../support/dist';

// First paint in one round trip: after the HTML, nothing the browser must fetch before it can
// paint. On slow 4G every such request costs another ~560 ms of latency.

const pages = htmlPages();

/** Media queries that never apply to a screen, so a stylesheet with them does not block painting. */
const NON_BLOCKING_MEDIA = /^\s*print\s*$/;

describe.each(pages)('%s', (path) => {
  const document = readPage(path);

  it('has no render-blocking stylesheet: the CSS is inline', () => {
    const blocking = [...document.querySelectorAll('link[rel~="stylesheet"]')]
      .filter((link) => !link.hasAttribute('disabled') && !NON_BLOCKING_MEDIA.test(link.getAttribute('media') ?? ''))
      .map((link) => link.getAttribute('href'));
    expect(blocking).toEqual([]);
  });

  it('has no parser-blocking script in the head (only modules, async or defer)', () => {
    const blocking = [...document.querySelectorAll('head script[src]')]
      .filter((s) => s.getAttribute('type') !== 'module' && !s.hasAttribute('async') && !s.hasAttribute('defer'))
      .map((s) => s.getAttribute('src'));
    expect(blocking).toEqual([]);
  });

  it('lets text paint before any web font: no font preloads, font-display swap', () => {
    expect(document.querySelectorAll('link[rel="preload"][as="font"]')).toHaveLength(0);
    for (const style of document.querySelectorAll('style')) {
      for (const face of style.textContent?.match(/@font-face\s*{[^}]*}/g) ?? []) expect(face).toMatch(/font-display:\s*(swap|optional)/);
    }
  });

  it('hashes every inline style into its Content-Security-Policy', () => {
    const csp = document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    const styles = [...document.querySelectorAll('style')];
    if (!styles.length) return;
    expect(csp).toContain('style-src');
    for (const style of styles) {
      const hash = createHash('sha256')
        .update(style.textContent ?? '')
        .digest('base64');
      expect(csp, `<style> of ${path} is not in its CSP`).toContain(`'sha256-${hash}'`);
    }
  });
});

describe('the inlined CSS', () => {
  it('is on the pages that need it: a chart page carries the chart styles', () => {
    const css = [...readPage('/charts/us-china-escalation/').querySelectorAll('style')].map((s) => s.textContent).join('');
    expect(css).toMatch(/\.tl-svg\s*[{,]/);
  });
});
