import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { previewFile, runPreview } from '../../scripts/authoring/new-source-preview';
import { normaliseForMatch } from '../../src/provenance/quotes';

// Saved pages of four layouts (news site, aggregator carrying wire copy, blog, bare wire page in
// windows-1252) and two text scrapes, each beside the article as a reader would copy it
// (`*.expected.json`). The pages carry the usual furniture: menus, share bars, captions, credits,
// bylines, date lines, newsletter and cookie prompts, related links, comments.
const DIR = 'test/fixtures/pages';
const pages = readdirSync(DIR).filter((name) => /\.(?:html|txt)$/.test(name));

interface Expected {
  title: string;
  publisher: string | null;
  published: string | null;
  publishedStated: boolean;
  byline: string | null;
  url: string | null;
  paragraphs: string[];
}

const expectedOf = (page: string): Expected => JSON.parse(readFileSync(join(DIR, page.replace(/\.\w+$/, '.expected.json')), 'utf8'));

describe('reading saved pages and text scrapes', () => {
  it('has fixtures of every kind', () => {
    expect(pages.filter((p) => p.endsWith('.html')).length).toBeGreaterThanOrEqual(4);
    expect(pages.filter((p) => p.endsWith('.txt')).length).toBeGreaterThanOrEqual(2);
  });

  it.each(pages)('%s: title, stated date, publisher, byline and address read from the page', (page) => {
    const record = previewFile('.', join(DIR, page));
    const expected = expectedOf(page);
    expect(record.problems).toEqual([]);
    expect({
      title: record.title,
      publisher: record.publisher,
      published: record.published,
      publishedStated: record.publishedStated,
      byline: record.byline,
      url: record.url,
    }).toEqual({
      title: expected.title,
      publisher: expected.publisher,
      published: expected.published,
      publishedStated: expected.publishedStated,
      byline: expected.byline,
      url: expected.url,
    });
  });

  it.each(pages)('%s: every paragraph of the article kept as written, and no furniture', (page) => {
    const record = previewFile('.', join(DIR, page));
    const expected = expectedOf(page);
    expect(record.paragraphs).toEqual(expected.paragraphs);
  });

  it('keeps curly quotes and dashes as the page prints them', () => {
    const record = previewFile('.', join(DIR, 'news-site.html'));
    expect(record.paragraphs.join('\n')).toContain('the 25% “reciprocal” tariff');
    expect(record.paragraphs[0]).toMatch(/^SEOUL — /);
    const wire = previewFile('.', join(DIR, 'wire-copy.html'));
    expect(wire.paragraphs.join('\n')).toContain('about 30% – including'); // a windows-1252 en dash
  });

  it('says why each dropped line went', () => {
    const record = previewFile('.', join(DIR, 'magazine-scrape.txt'));
    const rules = new Set(record.dropped.map((d) => d.rule));
    for (const rule of [
      'furniture:date-line',
      'furniture:caption',
      'furniture:advert',
      'furniture:newsletter',
      'furniture:related',
      'furniture:byline',
    ])
      expect(rules).toContain(rule);
    expect(record.dropped.every((d) => d.why.length > 5)).toBe(true);
    // Nothing kept is a dropped line, and nothing dropped is a paragraph of the article.
    const article = new Set(expectedOf('magazine-scrape.txt').paragraphs.map(normaliseForMatch));
    expect(record.dropped.filter((d) => article.has(normaliseForMatch(d.text)))).toEqual([]);
  });

  it('never takes an "Updated" date for the publication date', () => {
    const record = previewFile('.', join(DIR, 'newsletter-scrape.txt'));
    expect(record.published).toBe('2025-07-23');
    expect(record.dropped.some((d) => d.text.startsWith('Updated Jul 23'))).toBe(true);
  });
});

describe('npm run new:source -- --dry-run --json FILE…', () => {
  it('prints one JSON object per file, one per line, in the order given', () => {
    const out: string[] = [];
    const files = [join(DIR, 'wire-copy.html'), join(DIR, 'magazine-scrape.txt'), join(DIR, 'blog.html')];
    expect(runPreview('.', files, true, (text) => out.push(text))).toBe(0);
    const lines = out.join('').trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const records = lines.map((line) => JSON.parse(line));
    expect(records.map((r) => r.file)).toEqual(files);
    for (const r of records) {
      expect(Object.keys(r).slice(0, 9)).toEqual([
        'file',
        'title',
        'publisher',
        'published',
        'publishedStated',
        'byline',
        'url',
        'paragraphs',
        'kind',
      ]);
      expect(r.published === null || /^\d{4}-\d{2}-\d{2}$/.test(r.published)).toBe(true);
    }
  });

  it('reads a page stored compressed (page.html.gz) as the page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pages-'));
    const file = join(dir, 'blog.html.gz');
    writeFileSync(file, gzipSync(readFileSync(join(DIR, 'blog.html'))));
    const record = previewFile('.', file);
    rmSync(dir, { recursive: true, force: true });
    expect(record.kind).toBe('html');
    expect(record.paragraphs).toEqual(expectedOf('blog.html').paragraphs);
  });

  it('reports a missing file in its place and fails, without stopping the others', () => {
    const out: string[] = [];
    const code = runPreview('.', ['nope.html', join(DIR, 'blog.html')], true, (text) => out.push(text));
    expect(code).toBe(1);
    const [missing, blog] = out
      .join('')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(missing.problems[0]).toContain('nope.html: no such file');
    expect(blog.title).toBe('What the EU–US framework actually says about cars');
  });

  it('writes a readable preview with what was dropped and why', () => {
    const out: string[] = [];
    runPreview('.', [join(DIR, 'news-site.html')], false, (text) => out.push(text));
    const text = out.join('');
    expect(text).toContain('published:  2025-07-31 (stated)');
    expect(text).toMatch(/dropped \d+:/);
    expect(text).toContain('furniture:caption');
    expect(text).toContain('We use cookies');
  });
});
