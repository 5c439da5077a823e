import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSources } from '../../scripts/ingest/build';
import { decodeRaw } from '../../scripts/ingest/decode';
import { runIngest } from '../../scripts/ingest/run';

// Each test gets its own copy of the project's raw files and overrides in a temporary folder,
// so ingest can be run for real (writing files) without touching content/sources/.
const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'ingest-'));
  roots.push(root);
  mkdirSync(join(root, 'content/sources'), { recursive: true });
  cpSync('content/sources/raw', join(root, 'content/sources/raw'), { recursive: true });
  cpSync('content/sources/overrides.json', join(root, 'content/sources/overrides.json'));
  return root;
}

/** Every source id overrides.json lists, sorted: what ingest must write, however many sources there are. */
function idsInOverrides(root: string): string[] {
  const overrides = JSON.parse(readFileSync(join(root, 'content/sources/overrides.json'), 'utf8')) as Record<
    string,
    { sources?: { id: string }[] }
  >;
  return Object.values(overrides)
    .flatMap((entry) => entry.sources?.map((s) => s.id) ?? [])
    .sort();
}

function run(root: string, check = false) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runIngest({ root, check, verbose: false, log: (l) => out.push(l), error: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Every file under content/sources/ (raw files excepted) with its text, to prove nothing changed. */
function snapshot(root: string): Record<string, string> {
  const dir = join(root, 'content/sources');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name !== 'raw')
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}

function addRaw(root: string, name: string, bytes: Uint8Array | string, id = 'extra-source'): void {
  writeFileSync(join(root, 'content/sources/raw', name), bytes);
  const overridesPath = join(root, 'content/sources/overrides.json');
  const overrides = JSON.parse(readFileSync(overridesPath, 'utf8'));
  overrides[name] = { sources: [{ id, publisher: 'Test Publisher', published: '2025-07-01', dateNote: 'Test date, 1 July 2025.' }] };
  writeFileSync(overridesPath, JSON.stringify(overrides));
}

describe('bad raw files', () => {
  it.each([
    ['empty', new Uint8Array(), 'the file is empty'],
    ['only whitespace', '  \n\n\t\n', 'only whitespace'],
    ['binary (a PNG header)', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'binary'],
    ['UTF-16', new Uint8Array([0xff, 0xfe, 0x54, 0x00, 0x69, 0x00]), 'UTF-16'],
    [
      'Latin-1, not UTF-8',
      new Uint8Array([...new TextEncoder().encode('Headline\n\nCaf'), 0xe9, 0x20, 0x74, 0x61, 0x6c, 0x6b, 0x73]),
      'not valid UTF-8',
    ],
  ])('refuses a file that is %s, naming it', (_, bytes, problem) => {
    const error = (() => {
      try {
        decodeRaw(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, 'content/sources/raw/bad.txt');
      } catch (e) {
        return e as Error;
      }
      return null;
    })();
    expect(error?.message).toContain('content/sources/raw/bad.txt');
    expect(error?.message).toContain(problem);
  });

  it('points at the line of the first byte that is not UTF-8', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Headline\n\nLine three '), 0xc3, 0x28]);
    expect(() => decodeRaw(bytes, 'x.txt')).toThrow('x.txt (line 3): the file is not valid UTF-8 text');
  });

  it('drops a byte-order mark and Windows line endings', () => {
    expect(decodeRaw(new TextEncoder().encode('\uFEFFHeadline\r\n\r\nText.\r\n'), 'x.txt')).toBe('Headline\n\nText.\n');
  });
});

describe('npm run ingest', () => {
  it('writes the clean sources, then finds nothing to change on a second run', () => {
    const root = project();
    const first = run(root);
    expect(first.code).toBe(0);
    const files = snapshot(root);
    expect(
      Object.keys(files)
        .filter((n) => n.endsWith('.md'))
        .sort(),
    ).toEqual(idsInOverrides(root).map((id) => `${id}.md`));
    const second = run(root);
    expect(second.code).toBe(0);
    expect(second.out).toContain('already up to date');
    expect(snapshot(root)).toEqual(files);
  });

  it('is deterministic in memory too: two builds give identical text', () => {
    const input = () => ({
      raw: new Map(readdirSync('content/sources/raw').map((n) => [n, readFileSync(join('content/sources/raw', n))] as const)),
      overridesText: readFileSync('content/sources/overrides.json', 'utf8'),
    });
    const a = buildSources(input());
    const b = buildSources(input());
    expect(a.errors).toEqual([]);
    expect(a.sources.map((s) => s.text)).toEqual(b.sources.map((s) => s.text));
  });

  it.each([
    ['empty', new Uint8Array(), 'the file is empty'],
    ['binary', new Uint8Array([0x00, 0x01, 0x02, 0x03]), 'binary'],
    ['undecodable', new Uint8Array([0x48, 0x65, 0x61, 0x64, 0xff, 0xfe, 0xfd]), 'not valid UTF-8'],
    [
      'without a recognisable title',
      `${'A very long first paragraph with no headline above it. '.repeat(8)}\n\nMore text.`,
      'no recognisable title',
    ],
  ])('changes nothing in content/sources/ when a raw file is %s, and names the file', (_, bytes, problem) => {
    const root = project();
    expect(run(root).code).toBe(0);
    addRaw(root, '999_bad.txt', bytes);
    const before = snapshot(root);
    const result = run(root);
    expect(result.code).toBe(1);
    expect(result.err).toContain('content/sources/raw/999_bad.txt');
    expect(result.err).toContain(problem);
    expect(result.err).toContain('nothing in content/sources/ was changed');
    expect(snapshot(root)).toEqual(before);
  });

  it('changes nothing when a change to the rules would rewrite some files but another file fails', () => {
    const root = project();
    expect(run(root).code).toBe(0);
    const overridesPath = join(root, 'content/sources/overrides.json');
    const overrides = JSON.parse(readFileSync(overridesPath, 'utf8'));
    overrides['001_e02c92362b0e7775.txt'].sources[0].publisher = 'Renamed Publisher'; // would rewrite stockholm-talks.md
    writeFileSync(overridesPath, JSON.stringify(overrides));
    addRaw(root, '999_bad.txt', new Uint8Array());
    const before = snapshot(root);
    expect(run(root).code).toBe(1);
    expect(snapshot(root)).toEqual(before);
    expect(before['stockholm-talks.md']).not.toContain('Renamed Publisher');
  });

  it('ingests a new, well-formed raw file with its override', () => {
    const root = project();
    addRaw(
      root,
      '999_new.txt',
      'A headline for a new article\n\nlogo\n\nFirst paragraph of the new article.\n\nRelated articles\nSomething else',
      'new-article',
    );
    expect(run(root).code).toBe(0);
    const text = readFileSync(join(root, 'content/sources/new-article.md'), 'utf8');
    expect(text).toContain('title: A headline for a new article');
    expect(text.trim().endsWith('First paragraph of the new article.')).toBe(true);
  });

  it('refuses a raw file without an entry in overrides.json', () => {
    const root = project();
    writeFileSync(join(root, 'content/sources/raw/998_orphan.txt'), 'Headline\n\nText.');
    const result = run(root);
    expect(result.code).toBe(1);
    expect(result.err).toContain('content/sources/raw/998_orphan.txt: no entry for this raw file in content/sources/overrides.json');
  });

  it('refuses a source without a date, naming the fix', () => {
    const root = project();
    writeFileSync(join(root, 'content/sources/raw/997_undated.txt'), 'Headline here\n\nText.');
    const overridesPath = join(root, 'content/sources/overrides.json');
    const overrides = JSON.parse(readFileSync(overridesPath, 'utf8'));
    overrides['997_undated.txt'] = { sources: [{ id: 'undated', publisher: 'Somebody' }] };
    writeFileSync(overridesPath, JSON.stringify(overrides));
    const result = run(root);
    expect(result.code).toBe(1);
    expect(result.err).toContain('997_undated.txt → undated');
    expect(result.err).toContain('states no publication date');
  });

  it('refuses a known-issue quote that is not in the clean text, showing the closest passage', () => {
    const root = project();
    const overridesPath = join(root, 'content/sources/overrides.json');
    const overrides = JSON.parse(readFileSync(overridesPath, 'utf8'));
    overrides['004_5b9e19a695a3384e.txt'].sources[0].knownIssues[0].quote = 'the latter half of 2023';
    writeFileSync(overridesPath, JSON.stringify(overrides));
    const result = run(root);
    expect(result.code).toBe(1);
    expect(result.err).toContain('knownIssues[0].quote');
    expect(result.err).toContain('the closest passage (92% alike) is: "the latter half of 2024."');
  });

  it('refuses a multi-article raw file with an article nobody decided about', () => {
    const root = project();
    const overridesPath = join(root, 'content/sources/overrides.json');
    const overrides = JSON.parse(readFileSync(overridesPath, 'utf8'));
    overrides['003_20b331350ef0a9df.txt'].skipSegments.pop();
    writeFileSync(overridesPath, JSON.stringify(overrides));
    const result = run(root);
    expect(result.code).toBe(1);
    expect(result.err).toContain('"Mongolia\'s WWII Legacy: Asset or Liability in 2025?", that is neither a source nor skipped');
  });

  it('leaves README.md and hand-written files alone, and removes generated files no source produces', () => {
    const root = project();
    const dir = join(root, 'content/sources');
    writeFileSync(join(dir, 'README.md'), '# Sources\n');
    writeFileSync(join(dir, 'hand-written.md'), '---\ntitle: Mine\n---\n\nText.\n');
    expect(run(root).code).toBe(0);
    const stale = readFileSync(join(dir, 'stockholm-talks.md'), 'utf8');
    writeFileSync(join(dir, 'old-id.md'), stale);
    expect(run(root).code).toBe(0);
    const names = readdirSync(dir);
    expect(names).toContain('README.md');
    expect(names).toContain('hand-written.md');
    expect(names).not.toContain('old-id.md');
    expect(names.some((n) => n.startsWith('.ingest-tmp'))).toBe(false);
  });
});

describe('npm run ingest -- --check', () => {
  it('passes on up-to-date sources and writes nothing', () => {
    const root = project();
    expect(run(root).code).toBe(0);
    const before = snapshot(root);
    const result = run(root, true);
    expect(result.code).toBe(0);
    expect(snapshot(root)).toEqual(before);
  });

  it('fails on an edited, a missing and a stale file, saying where', () => {
    const root = project();
    expect(run(root).code).toBe(0);
    const dir = join(root, 'content/sources');
    const path = join(dir, 'stockholm-talks.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('Li Chenggang', 'Li Cheng-gang'));
    rmSync(join(dir, 'japan-us-expediting.md'));
    writeFileSync(join(dir, 'old-id.md'), readFileSync(join(dir, 'asia-deficit-widening.md'), 'utf8'));
    const before = snapshot(root);
    const result = run(root, true);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /differs: content\/sources\/stockholm-talks\.md \(line \d+, column \d+: committed «…[^»]*Li Cheng-gang[^»]*» \/ ingest gives «…[^»]*Li Chenggang/,
    );
    expect(result.err).toContain('missing: content/sources/japan-us-expediting.md');
    expect(result.err).toContain('no longer produced: content/sources/old-id.md');
    expect(snapshot(root)).toEqual(before);
  });

  it('passes on the committed sources of this repository', () => {
    const result = run(process.cwd(), true);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
  });
});
