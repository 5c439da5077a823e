import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/registry';
import { chartVersionSchema } from '../../src/schemas/chart-version';
import { DIST, existsInDist, readPage } from '../support/dist';

/**
 * Archived versions are real: the pages, embeds and data files under /v/<date>/ are built from
 * the committed version file alone (content/chart-versions/<id>/<date>.json), so revising the
 * live data cannot change them. Here every one is compared with its file.
 */
const versions = Object.keys(charts).flatMap((id) =>
  readdirSync(join('content/chart-versions', id)).map((file) =>
    chartVersionSchema.parse(JSON.parse(readFileSync(join('content/chart-versions', id, file), 'utf8'))),
  ),
);
const strip = (svg: string) => svg.replace(/\s+/g, ' ').trim();

describe('archived chart versions', () => {
  it.each(Object.keys(charts))('%s: the live page links its versions with data-archived', (id) => {
    const links = [...readPage(`/charts/${id}/`).querySelectorAll('a[data-archived]')];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const date = link.getAttribute('data-archived') ?? '';
      expect(link.getAttribute('href')).toMatch(new RegExp(`/charts/${id}/v/${date}/$`));
      expect(existsInDist(`/charts/${id}/v/${date}/`)).toBe(true);
    }
  });

  it.each(versions.map((v) => [`${v.chart}/v/${v.date}`, v] as const))(
    '%s: page, embed, data and citations are the frozen file',
    (_, version) => {
      const page = readPage(`/charts/${version.chart}/v/${version.date}/`);
      const embed = readPage(`/embed/${version.chart}/v/${version.date}/`);
      for (const view of version.views) {
        for (const doc of [page, embed]) {
          const panel = doc.querySelector(`.view-panel[data-view="${view.view}"]`);
          expect(strip(panel?.querySelector('.svg-wide')?.innerHTML ?? '')).toBe(strip(view.svg.wide));
          expect(panel?.querySelector('.fig-title')?.textContent).toBe(view.figure.title);
        }
        const csv = readFileSync(join(DIST, `data/charts/${version.chart}/v/${version.date}/${view.view}.csv`), 'utf8');
        expect(csv.trim().split('\n')).toHaveLength(view.table.rows.length + 1);
        const json = JSON.parse(readFileSync(join(DIST, `data/charts/${version.chart}/v/${version.date}/${view.view}.json`), 'utf8'));
        expect(json.rows).toHaveLength(view.table.rows.length);
        expect(json.asOf).toBe(view.figure.asOf);
        const bib = readFileSync(join(DIST, `cite/${version.chart}/v/${version.date}/${view.view}.bib`), 'utf8');
        expect(bib).toContain(`date = {${version.date}}`);
        expect(bib).toMatch(new RegExp(`url = \\{https?://[^}]+/charts/${version.chart}/v/${version.date}/`));
      }
      // The kit on an archived page hands out the archived addresses.
      expect(page.querySelector('.share-url')?.getAttribute('value')).toMatch(new RegExp(`/charts/${version.chart}/v/${version.date}/$`));
      expect(page.querySelector('.embed-code')?.textContent).toContain(`/embed/${version.chart}/v/${version.date}/`);
      expect(page.querySelector('.cite-apa-7')?.textContent).toContain(`(${version.date.slice(0, 4)}, `);
      // Nothing interactive in a frozen figure: no script re-renders it from live data.
      expect(page.querySelector('tl-explorer, script.tl-model')).toBeNull();
    },
  );

  it('embeds carry their sizing script inline: a sandboxed frame has an opaque origin and may not load module files', () => {
    for (const version of versions) {
      for (const path of [`/embed/${version.chart}/`, `/embed/${version.chart}/v/${version.date}/`]) {
        const inline = [...readPage(path).querySelectorAll('script[type="module"]:not([src])')].map((s) => s.textContent ?? '');
        expect(
          inline.some((code) => code.includes('tariff-ledger:embed-height')),
          path,
        ).toBe(true);
      }
    }
  });
});
