// `npm run new:story` and `npm run new:source`, run against temporary copies of content/.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addSource, rawFileName } from '../../scripts/authoring/new-source';
import { createStory } from '../../scripts/authoring/new-story';
import { isSlug, MAX_SLUG_LENGTH, slugify } from '../../scripts/authoring/slug';
import { runIngest } from '../../scripts/ingest/run';
import { lintStory, storyContext } from '../../src/provenance/story-lint';

describe('slugify', () => {
  it.each([
    ['From 145% to 30%', 'from-145-to-30'],
    ["Japan's rounds", 'japans-rounds'],
    ['Why Korea needed a deal', 'why-korea-needed-a-deal'],
    ['Zölle & Gespräche', 'zolle-and-gesprache'],
    ['  The “truce” — and after  ', 'the-truce-and-after'],
    ['US–China: 90 days', 'us-china-90-days'],
  ])('%j → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
    expect(isSlug(slug)).toBe(true);
  });

  it('cuts a long title at a word boundary', () => {
    const slug = slugify('How the United States and China raised tariffs on each other and then stepped back in Geneva');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toBe('how-the-united-states-and-china-raised-tariffs-on-each-other');
  });

  it('gives an empty slug for a title with no letters or digits', () => {
    expect(slugify('—!?')).toBe('');
    expect(isSlug('')).toBe(false);
  });
});

/** A scratch project: content/ copied (without the large raw data files). */
function scratch(): string {
  const root = mkdtempSync(join(tmpdir(), 'tl-authoring-'));
  cpSync('content', join(root, 'content'), { recursive: true, filter: (src) => !src.includes('content/data/raw') });
  return root;
}

describe('new:story', () => {
  let root: string;
  beforeEach(() => {
    root = scratch();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes a draft that passes the linter, after every existing story in the reading order', () => {
    const file = createStory(root, { title: 'How the truce held', date: '2025-12-01' });
    expect(file).toBe('content/stories/how-the-truce-held.mdx');
    const text = readFileSync(join(root, file), 'utf8');
    expect(text).toMatch(/^title: How the truce held$/m);
    expect(text).toMatch(/^draft: true/m);
    expect(text).toMatch(/^order: \d+/m);
    expect(lintStory(file, text, storyContext()).map((e) => e.message)).toEqual([]);
  });

  it('refuses to overwrite a story, and says what to do', () => {
    createStory(root, { title: 'How the truce held' });
    const before = readFileSync(join(root, 'content/stories/how-the-truce-held.mdx'), 'utf8');
    expect(() => createStory(root, { title: 'How the truce held', author: 'Someone Else' })).toThrow(
      /content\/stories\/how-the-truce-held\.mdx: a story with this file name already exists[\s\S]*--slug how-the-truce-held-2/,
    );
    expect(readFileSync(join(root, 'content/stories/how-the-truce-held.mdx'), 'utf8')).toBe(before);
  });

  it('quotes a title YAML would misread, and takes --slug, --author and --source', () => {
    const file = createStory(root, {
      title: 'Tariffs: a "deal"',
      slug: 'deal',
      author: 'A. Writer',
      sources: ['kyodo-japan-eighth-round'],
    });
    const text = readFileSync(join(root, file), 'utf8');
    expect(file).toBe('content/stories/deal.mdx');
    expect(text).toContain('author: A. Writer');
    expect(text).toContain('sources: [kyodo-japan-eighth-round]');
    expect(lintStory(file, text, storyContext()).map((e) => e.message)).toEqual([]);
  });

  it('explains a bad title, slug or source', () => {
    expect(() => createStory(root, { title: 'Tax' })).toThrow(/too short/);
    expect(() => createStory(root, { title: '—— ?? ——' })).toThrow(/cannot make a file name[\s\S]*--slug/);
    expect(() => createStory(root, { title: 'A good title', slug: 'Bad Slug' })).toThrow(/"Bad Slug" is not a valid slug/);
    expect(() => createStory(root, { title: 'A good title', sources: ['stockholm'] })).toThrow(/unknown source id "stockholm"/);
  });
});

describe('new:source', () => {
  let root: string;
  let out: string[];
  let err: string[];
  const reporter = () => ({ log: (line: string) => out.push(line), error: (line: string) => err.push(line) });
  const article = (name: string, text: string | Uint8Array) => {
    mkdirSync(join(root, 'incoming'), { recursive: true });
    writeFileSync(join(root, 'incoming', name), text);
    return `incoming/${name}`;
  };
  const check = () => runIngest({ root, check: true, verbose: false, log: () => {}, error: (line) => err.push(line) });

  beforeEach(() => {
    root = scratch();
    out = [];
    err = [];
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const dated =
    'Ports brace for the tariff deadline\nPublished: 2025-07-29 10:00\nShipping lines said on Tuesday that bookings had slowed ahead of the deadline.\nPort officials expected fewer arrivals in August.\n';

  it('adds a dated article, writes its clean text, and lists what is still to supply', () => {
    const file = article('ports.txt', dated);
    expect(addSource(root, { file }, reporter()), err.join('\n')).toBe(0);
    const id = 'ports-brace-for-the-tariff-deadline';
    expect(readFileSync(join(root, 'content/sources/raw/ports.txt'), 'utf8')).toBe(dated);
    const overrides = JSON.parse(readFileSync(join(root, 'content/sources/overrides.json'), 'utf8'));
    expect(overrides['ports.txt'].sources[0]).toMatchObject({ id, publisher: 'Publisher not identified', url: null });
    const clean = readFileSync(join(root, `content/sources/${id}.md`), 'utf8');
    expect(clean).toContain('published: "2025-07-29"');
    expect(clean).toContain('Shipping lines said on Tuesday');
    const report = out.join('\n');
    expect(report).toContain(`<Cite source="${id}"`);
    expect(report).toMatch(/Still to supply[\s\S]*"publisher"[\s\S]*"url"/);
    // The existing sources are untouched and the tree is consistent.
    expect(check()).toBe(0);
  });

  it('adds a saved web page with the publisher, byline, date and address it declares, kept verbatim', () => {
    const html = readFileSync('test/fixtures/pages/news-site.html');
    const file = article('seoul-deal.html', html);
    expect(addSource(root, { file }, reporter()), err.join('\n')).toBe(0);
    expect(readFileSync(join(root, 'content/sources/raw/seoul-deal.html')).equals(html)).toBe(true);
    const overrides = JSON.parse(readFileSync(join(root, 'content/sources/overrides.json'), 'utf8'));
    const entry = overrides['seoul-deal.html'].sources[0];
    expect(entry.publisher).toBeUndefined(); // the page declares it; nothing to type
    const clean = readFileSync(join(root, `content/sources/${entry.id}.md`), 'utf8');
    expect(clean).toContain('title: Seoul and Washington settle on 15% car tariff after late-night talks');
    expect(clean).toContain('publisher: The Harbour Ledger');
    expect(clean).toContain('author: Min-ji Park and Daniel Okafor');
    expect(clean).toContain('published: "2025-07-31"');
    expect(clean).toContain('dateBasis: stated');
    expect(clean).toContain('url: https://www.harbourledger.example/business/trade/seoul-washington-car-tariff-2025-07-31/');
    expect(clean).toContain('the 25% “reciprocal” tariff');
    expect(clean).not.toContain('We use cookies');
    expect(out.join('\n')).not.toContain('Still to supply');
    expect(check()).toBe(0);
  });

  it('takes what the author knows on the command line', () => {
    const file = article('ports.txt', dated);
    expect(
      addSource(
        root,
        { file, id: 'port-delays', publisher: 'Harbour News', url: 'https://example.org/ports', author: 'A. Reporter' },
        reporter(),
      ),
    ).toBe(0);
    const clean = readFileSync(join(root, 'content/sources/port-delays.md'), 'utf8');
    expect(clean).toContain('publisher: Harbour News');
    expect(clean).toContain('url: https://example.org/ports');
    expect(out.join('\n')).not.toContain('Still to supply');
    expect(check()).toBe(0);
  });

  it('writes nothing for an undated page, and says how to give the date', () => {
    const overridesBefore = readFileSync(join(root, 'content/sources/overrides.json'), 'utf8');
    const file = article(
      'undated.txt',
      'Ports brace again\nShipping lines said that bookings had slowed.\nPort officials expected fewer arrivals.\n',
    );
    expect(addSource(root, { file }, reporter())).toBe(1);
    const report = err.join('\n');
    expect(report).toContain('was not added; nothing was written');
    expect(report).toContain('the page states no publication date');
    expect(report).toContain('--published');
    expect(existsSync(join(root, 'content/sources/raw/undated.txt'))).toBe(false);
    expect(readFileSync(join(root, 'content/sources/overrides.json'), 'utf8')).toBe(overridesBefore);
    expect(check()).toBe(0);

    err = [];
    const note = 'Reports that shipping lines slowed bookings ahead of the 1 August 2025 deadline.';
    expect(addSource(root, { file, published: '2025-07-30', dateNote: note }, reporter()), err.join('\n')).toBe(0);
    expect(readFileSync(join(root, 'content/sources/ports-brace-again.md'), 'utf8')).toContain('dateBasis: inferred');
    expect(check()).toBe(0);
  });

  it.each([
    ['a missing file', () => 'incoming/nope.txt', 'incoming/nope.txt: no such file'],
    ['an empty file', () => article('empty.txt', ''), 'incoming/empty.txt: the file is empty'],
    ['a file of blank lines', () => article('blank.txt', '\n \n\n'), 'incoming/blank.txt: the file holds only whitespace'],
    [
      'a binary file',
      () => article('picture.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])),
      'incoming/picture.txt (byte 4): the file is binary',
    ],
    [
      'a file that is neither a saved page nor text',
      () => article('page.pdf', '%PDF-1.7'),
      'incoming/page.pdf: expected a saved web page (.html) or the page text (.txt)',
    ],
  ])('refuses %s with a clear message', (_, make, message) => {
    const file = make();
    expect(addSource(root, { file }, reporter())).toBe(1);
    expect(err.join('\n')).toContain(`new:source: ${message}`);
    expect(err.join('\n')).toContain('→');
    expect(check()).toBe(0);
  });

  it('refuses an article already there, under any name', () => {
    const existing = readFileSync(join(root, 'content/sources/raw/001_e02c92362b0e7775.txt'));
    const file = article('copy.txt', existing);
    expect(addSource(root, { file }, reporter())).toBe(1);
    expect(err.join('\n')).toContain('already in the sources, as content/sources/raw/001_e02c92362b0e7775.txt');
  });

  it('keeps a raw file name ingest accepts', () => {
    expect(rawFileName('/home/a/My Article (final).txt')).toBe('My-Article-final.txt');
    expect(rawFileName('003_20b331350ef0a9df.txt')).toBe('003_20b331350ef0a9df.txt');
  });
});
