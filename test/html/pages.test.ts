import { describe, expect, it } from 'vitest';
import { existsInDist, htmlPages, readPage } from '../support/dist';

// The ids of each linked page, parsed once: an essay links to the same document pages many times.
const targetIds = new Map<string, Set<string>>();
function idsOf(path: string): Set<string> {
  let ids = targetIds.get(path);
  if (!ids) {
    ids = new Set([...readPage(path).querySelectorAll('[id]')].map((el) => el.id));
    targetIds.set(path, ids);
  }
  return ids;
}

const pages = htmlPages();

describe('built pages', () => {
  it('include the main routes', () => {
    for (const path of ['/', '/stories/', '/charts/', '/sources/', '/method/', '/404.html', '/charts/us-china-escalation/']) {
      expect(pages).toContain(path);
    }
  });

  it('the method page lists every dataset with its downloads, including those no chart draws', () => {
    const document = readPage('/method/');
    const links = [...document.querySelectorAll('#datasets ~ ul.datasets a')].map((a) => a.getAttribute('href') ?? '');
    for (const id of ['trade-actions', 'ieepa-refunds', 'trade-totals', 'us-china-tariffs']) {
      expect(
        links.some((l) => l.endsWith(`/data/${id}.csv`)),
        id,
      ).toBe(true);
    }
  });

  describe.each(pages)('%s', (path) => {
    const document = readPage(path);

    it('has lang, a title, a meta description, a canonical link and one h1', () => {
      expect(document.documentElement.getAttribute('lang')).toBe('en');
      expect(document.title.length).toBeGreaterThan(3);
      expect(document.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(20);
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(document.querySelectorAll('h1')).toHaveLength(1);
    });

    it('has a skip link to the main landmark (embeds have no header to skip)', () => {
      if (path.startsWith('/embed/')) {
        expect(document.querySelector('main#main')).not.toBeNull();
        return;
      }
      const skip = document.querySelector('a.skip-link');
      expect(skip?.getAttribute('href')).toBe('#main');
      expect(document.querySelector('main#main')).not.toBeNull();
    });

    it('never runs a word into a number written from the data ("a125%", "was$295.4 billion")', () => {
      const glued: string[] = [];
      // <Num> writes an a.num or span.num; table cells also carry the class and are left out.
      for (const num of document.querySelectorAll('a.num, span.num')) {
        const before = num.previousSibling?.textContent ?? '';
        if (/[A-Za-z]$/.test(before)) glued.push(`${before.slice(-12)}|${num.textContent}`);
      }
      expect(glued).toEqual([]);
    });

    it('never runs a word into the emphasis, code or link that follows it ("it orfell short")', () => {
      // A line break between text and an inline element is dropped by the HTML compressor, so
      // source written as "or\n<strong>" needs an explicit space.
      const glued: string[] = [];
      for (const node of document.querySelectorAll('main :is(p, li, dd, td) > :is(strong, em, code, a)')) {
        const before = node.previousSibling;
        if (before?.nodeType === 3 && /[A-Za-z:,;]$/.test(before.textContent ?? ''))
          glued.push(`${(before.textContent ?? '').slice(-12)}|${node.textContent?.slice(0, 12)}`);
      }
      expect(glued).toEqual([]);
    });

    it('links only to pages and files that exist, and to anchors that exist', () => {
      const broken: string[] = [];
      for (const a of document.querySelectorAll('a[href], link[href]')) {
        const href = a.getAttribute('href') ?? '';
        if (/^(https?:|mailto:)/.test(href)) continue;
        if (href.startsWith('#')) {
          if (href.length > 1 && !document.getElementById(href.slice(1))) broken.push(href);
          continue;
        }
        // Relative links resolve against the page, as a browser would.
        const resolved = new URL(href, `http://site${path}`);
        if (!existsInDist(resolved.pathname)) broken.push(href);
        const anchor = resolved.hash.slice(1);
        if (anchor && existsInDist(resolved.pathname) && !resolved.pathname.match(/\.(json|csv|png|svg|xml)$/)) {
          if (!idsOf(resolved.pathname).has(decodeURIComponent(anchor))) broken.push(href);
        }
      }
      expect(broken).toEqual([]);
    });

    it('loads nothing from another host', () => {
      const external = [
        ...document.querySelectorAll('script[src], link[rel="stylesheet"], link[rel="icon"], img[src], iframe[src], source[src]'),
      ]
        .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
        .filter((url) => /^(https?:)?\/\//.test(url));
      expect(external).toEqual([]);
    });
  });
});

describe('charts in the HTML', () => {
  it('are server-rendered SVG with a label, at two widths, with a data table twin', () => {
    const document = readPage('/charts/us-china-escalation/');
    const figure = document.querySelector('figure.tl-figure');
    expect(figure).not.toBeNull();
    const svgs = figure?.querySelectorAll('svg[role="img"][aria-label]') ?? [];
    expect(svgs.length).toBe(2);
    expect(figure?.querySelector('table tbody tr')).not.toBeNull();
    expect(figure?.querySelector('.fig-source')?.textContent).toMatch(/Source: .*As of/s);
  });
});

describe('data tables of one chart on one page', () => {
  it('are carried once in an essay: a later figure of the same data links to the first table', () => {
    const document = readPage('/stories/from-145-to-30/');
    const figures = Array.from(document.querySelectorAll('figure[id^="fig-us-china-escalation"]'));
    expect(figures.length).toBe(2);
    expect(figures.filter((f) => f.querySelector('table.tl-table'))).toHaveLength(1);
    const link = figures[1]?.querySelector<HTMLAnchorElement>('.fig-table-ref a');
    const target = document.getElementById(link?.getAttribute('href')?.slice(1) ?? '');
    expect(target?.tagName).toBe('DETAILS');
    expect(target?.closest('figure')).toBe(figures[0]);
    expect(target?.querySelectorAll('tbody tr').length).toBeGreaterThan(10);
  });

  it('are kept per view on the chart page and in the embed, where a view may be hidden', () => {
    for (const path of ['/charts/us-china-escalation/', '/embed/us-china-escalation/']) {
      const document = readPage(path);
      const panels = Array.from(document.querySelectorAll('.view-panel'));
      expect(panels.length).toBe(2);
      for (const panel of panels) expect(panel.querySelector('table.tl-table tbody tr')).not.toBeNull();
      expect(document.querySelector('.fig-table-ref')).toBeNull();
    }
  });
});
