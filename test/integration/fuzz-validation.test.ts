// Property tests (fast-check) over every layer bad input can reach: the raw bytes of dataset,
// source and story files, dataset values, source and story frontmatter, story bodies, the
// preview-image step, URL state in the client modules and CSV output. Each property: the input is
// accepted, or refused with errors that name the file and the place (a line, or a record and
// field); never an exception escaping with a stack trace and no file.
// Seeded, so a failure reproduces: fast-check prints the seed, the path and the shrunk input.
// FUZZ_SEED=<n> tries another seed; FUZZ_RUNS=<n> changes the number of runs per property.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/registry';
import { normaliseParams } from '../../src/charts/tariff-stack/params';
import { PARTNER_CODES, PRODUCT_GROUPS } from '../../src/charts/tariff-stack/rules';
import { DEFAULT_PARAMS } from '../../src/charts/tariff-stack/view';
import { ContentError } from '../../src/provenance/content-error';
import { DATA_DIR, loadDatasets, readDatasetText } from '../../src/provenance/dataset-loader';
import { readDocumentTexts } from '../../src/provenance/document-texts';
import { checkSourceText } from '../../src/provenance/source-loader';
import { readSourceTexts, SOURCES_DIR } from '../../src/provenance/source-texts';
import { lintStory, STORIES_DIR } from '../../src/provenance/story-lint';
import { checkCitations } from '../../src/provenance/validate-dataset';
import { sourceSchema } from '../../src/schemas/source';
import { formatCsv } from '../../src/shared/csv';
import { isCalendarDate, readQuery, writeQuery } from '../../src/shared/url-state';
import { makeCitationResolver } from '../../src/site/citations';
import { datasetAccess } from '../../src/site/dataset-access';
import { ogImage } from '../../src/site/og-image';

const seed = Number(process.env.FUZZ_SEED ?? 20251130);
const runs = (n: number) => ({ seed, numRuns: Number(process.env.FUZZ_RUNS ?? n) });
/** Generous on a busy 2-core machine; each property takes a second or two. */
const TIMEOUT = 60_000;

/** Problems that fail the property: anything not a ContentError that starts with its file and names a place. */
function unlocated(errors: readonly unknown[], file: string): string[] {
  return errors.flatMap((e) => {
    if (!(e instanceof ContentError)) return [`not a ContentError: ${String(e)}`];
    const first = e.message.split('\n')[0] ?? '';
    if (e.file !== file || !e.message.startsWith(file) || !(e.line || e.where)) return [`no file and place: ${first}`];
    if (/\[object Object\]|\bundefined\b|\bNaN\b(?! is not)/.test(first.replace(/"[^"]*"/g, '""'))) return [`unhelpful: ${first}`];
    return [];
  });
}

// ---------------------------------------------------------------------------------------------
// Damage to a file's bytes, as editors, copy-paste and cut-off downloads do it

type Damage =
  | { kind: 'bom' | 'crlf' | 'empty' }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.constantFrom<Damage>({ kind: 'bom' }, { kind: 'crlf' }, { kind: 'empty' }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom('NaN', 'Infinity', '-Infinity', ',', '}', ']', '"', '{', '<', '---', ':', '\t', '\u0000', '\uFEFF', '1e400', '//'),
      fc.string({ maxLength: 8, unit: 'binary' }),
    ),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
);

function applyDamage(text: string, d: Damage): string {
  switch (d.kind) {
    case 'bom':
      return `\uFEFF${text}`;
    case 'crlf':
      return text.replace(/\n/g, '\r\n');
    case 'empty':
      return '';
    case 'truncate':
      return text.slice(0, d.at % (text.length + 1));
    case 'insert': {
      const at = d.at % (text.length + 1);
      return text.slice(0, at) + d.text + text.slice(at);
    }
    default: {
      const at = d.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + d.length);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Datasets

const datasets = loadDatasets();
const sources = readSourceTexts();
const references = new Set(((datasets.get('references')?.data.records ?? []) as { id: string }[]).map((r) => r.id));
const documents = readDocumentTexts();
const datasetFiles = readdirSync(DATA_DIR)
  .filter((n) => n.endsWith('.json'))
  .sort();

/** A dataset's text cut to its first records, so every property run stays fast. */
function sample(name: string, records = 12): string {
  const data = JSON.parse(readFileSync(join(DATA_DIR, name), 'utf8')) as { records?: unknown[] };
  if (Array.isArray(data.records)) data.records = data.records.slice(0, records);
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** What the build runs on one dataset: parse, schema, citations. */
function checkDataset(name: string, text: string): unknown[] {
  const file = join(DATA_DIR, name);
  const read = readDatasetText(file, name.slice(0, -'.json'.length), text);
  return 'errors' in read ? read.errors : checkCitations(file, read.data, { sources, references, documents });
}

describe('datasets', () => {
  it.each(datasetFiles)(
    '%s: damaged bytes are read or refused at file:line',
    (name) => {
      const text = sample(name);
      fc.assert(
        fc.property(damage, (d) => {
          expect(unlocated(checkDataset(name, applyDamage(text, d)), join(DATA_DIR, name))).toEqual([]);
        }),
        runs(60),
      );
    },
    TIMEOUT,
  );

  /** Any JSON value put anywhere in a record: refused at that record and field, or accepted. */
  it.each(datasetFiles)(
    '%s: any value in any field is refused at its record and field',
    (name) => {
      const base = JSON.parse(sample(name, 4)) as { records: Record<string, unknown>[] };
      const file = join(DATA_DIR, name);
      fc.assert(
        fc.property(
          fc.nat(),
          fc.nat(),
          fc.oneof(
            fc.jsonValue({ maxDepth: 2 }),
            fc.constantFrom(99999, 1e300, -1, -0, 1e15, '2025-02-30', '', 'javascript:alert(1)', '=HYPERLINK("x")'),
          ),
          (r, f, value) => {
            const data = structuredClone(base);
            const record = data.records[r % data.records.length] as Record<string, unknown>;
            const keys = Object.keys(record);
            const key = keys[f % keys.length] as string;
            record[key] = value;
            const errors = checkDataset(name, JSON.stringify(data, null, 2));
            expect(unlocated(errors, file)).toEqual([]);
          },
        ),
        runs(60),
      );
    },
    TIMEOUT,
  );
});

// ---------------------------------------------------------------------------------------------
// Sources

const sourceFiles = [...sources.values()].map((s) => s.file);

describe('sources', () => {
  it.each(sourceFiles)(
    '%s: damaged bytes are read or refused at file:line (field)',
    (file) => {
      const text = readFileSync(file, 'utf8');
      fc.assert(
        fc.property(damage, (d) => {
          expect(unlocated(checkSourceText(file, applyDamage(text, d)), file)).toEqual([]);
        }),
        runs(60),
      );
    },
    TIMEOUT,
  );

  it('any value in any frontmatter field is refused at that field', () => {
    const [first] = [...sources.values()];
    const file = join(SOURCES_DIR, 'fuzzed.md');
    const fields = Object.keys(sourceSchema.shape);
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.jsonValue({ maxDepth: 2 }), (field, value) => {
        const frontmatter = { ...first?.frontmatter, [field]: value };
        const yaml = Object.entries(frontmatter)
          .map(([k, v]) => `${k}: ${JSON.stringify(v) ?? 'null'}`)
          .join('\n');
        const errors = checkSourceText(file, `---\n${yaml}\n---\n${first?.body ?? ''}`);
        expect(unlocated(errors, file)).toEqual([]);
      }),
      runs(150),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Stories: frontmatter and body

const storyFiles = readdirSync(STORIES_DIR)
  .filter((n) => n.endsWith('.mdx'))
  .sort()
  .map((n) => join(STORIES_DIR, n));
const storyContext = { sources, datasets, stopKeys: () => [] as string[] };

describe('stories', () => {
  it.each(storyFiles)(
    '%s: damaged bytes are read or refused at file:line',
    (file) => {
      // Frontmatter and a short body: the body's quote checks cost most of the time.
      const text = readFileSync(file, 'utf8').split('\n').slice(0, 14).join('\n');
      fc.assert(
        fc.property(damage, (d) => {
          expect(unlocated(lintStory(file, applyDamage(text, d), storyContext), file)).toEqual([]);
        }),
        runs(40),
      );
    },
    TIMEOUT,
  );

  it(
    'any body an author could type is accepted or refused at file:line',
    () => {
      const file = join(STORIES_DIR, 'fuzzed.mdx');
      const head = readFileSync(storyFiles[0] as string, 'utf8').split(/\n---\n/)[0];
      const piece = fc.oneof(
        fc.string({ maxLength: 20, unit: 'binary' }),
        fc.constantFrom(
          '{',
          '}',
          '<',
          '>',
          '<Chart id="tariff-stack" />',
          '<Chart id="tarif-stack" />',
          '<Cite source="stockholm-talks" quote="nope" />',
          '<Num dataset="claims" record="x" field="y" />',
          '<b>',
          '```js\ncode\n```',
          '145%',
          '\n\n',
          '<!-- note -->',
          '{/* c */}',
          '[link](javascript:alert(1))',
        ),
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
          const errors = lintStory(file, `${head}\n---\n\n${parts.join(' ')}\n`, storyContext);
          expect(unlocated(errors, file)).toEqual([]);
        }),
        runs(150),
      );
    },
    TIMEOUT,
  );
});

// ---------------------------------------------------------------------------------------------
// Preview images

describe('preview images', () => {
  it(
    'draw any title and summary',
    () => {
      const chartSvg =
        '<svg width="680" height="300" viewBox="0 0 680 300" role="img" aria-label="x" class="tl-svg"><rect width="10" height="10" fill="var(--accent)"/></svg>';
      fc.assert(
        fc.property(
          fc.string({ maxLength: 80, unit: 'binary' }),
          fc.string({ maxLength: 120, unit: 'binary' }),
          fc.boolean(),
          (title, subtitle, withChart) => {
            const label = chartSvg.replace('aria-label="x"', `aria-label="${title.replace(/"/g, '&quot;')}"`);
            const png = ogImage({
              kicker: 'Story',
              title,
              subtitle,
              ...(withChart ? { chartSvg: label } : {}),
              where: 'content/stories/x.mdx',
            });
            expect(png.subarray(1, 4).toString()).toBe('PNG');
          },
        ),
        runs(25),
      );
    },
    TIMEOUT,
  );
});

// ---------------------------------------------------------------------------------------------
// URL state in the client modules

describe('URL state', () => {
  const data = datasetAccess(datasets);
  const sourceMeta = new Map([...sources].map(([id, s]) => [id, sourceSchema.parse(s.frontmatter)]));
  const model = charts['tariff-stack'].model(data, makeCitationResolver(data('references').records, sourceMeta)) as {
    data: Parameters<typeof normaliseParams>[0];
  };
  const key = fc.constantFrom('view', 'partner', 'product', 'date', 'theme', 'utm_source', 'evil', '', 'partner[]');
  const value = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom(...PARTNER_CODES, ...PRODUCT_GROUPS, '2025-02-30', '2025-07-09', '1900-01-01', '9999-12-31', '"><script>'),
  );
  const query = fc.array(fc.tuple(key, value), { maxLength: 8 }).map((pairs) => `?${new URLSearchParams(pairs).toString()}`);

  it('any query gives only known keys, the first value of each, and a state the chart rules accept', () => {
    fc.assert(
      fc.property(query, (search) => {
        const keys = ['partner', 'product', 'date'];
        const read = readQuery(search, keys);
        expect(Object.keys(read).every((k) => keys.includes(k))).toBe(true);
        for (const k of Object.keys(read)) expect(read[k]).toBe(new URLSearchParams(search).getAll(k)[0]);
        const state = normaliseParams(model.data, read, DEFAULT_PARAMS);
        expect([model.data.china.code, ...PARTNER_CODES]).toContain(state.partner);
        expect(PRODUCT_GROUPS).toContain(state.product);
        expect(isCalendarDate(state.date)).toBe(true);
        expect(state.date >= model.data.start && state.date <= model.data.end).toBe(true);
        // What is handed on reads back as the same state.
        expect(normaliseParams(model.data, readQuery(writeQuery(state), keys), DEFAULT_PARAMS)).toEqual(state);
      }),
      runs(300),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// CSV output

describe('CSV', () => {
  it('any table reads back cell for cell, and no text cell starts a formula', () => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.double({ noNaN: true }), fc.integer(), fc.constant(null));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const width = Math.max(...rows.map((r) => r.length));
        // A header row, as every file has; at least two columns, since a row of one empty cell is
        // an empty line, which CSV readers skip.
        const table = [
          Array.from({ length: width }, (_, i) => `c${i}`),
          ...rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)),
        ];
        const back = csvParseRows(formatCsv(table).replace(/\n$/, ''));
        expect(back).toHaveLength(table.length);
        for (const [i, row] of table.entries()) {
          for (const [j, value] of row.entries()) {
            const got = back[i]?.[j] ?? '';
            if (typeof value === 'string' && got !== value) expect(got).toBe(`'${value}`);
            else expect(got).toBe(value === null ? '' : String(value));
            expect(/^[=+@\t\r]/.test(got) && typeof value === 'string').toBe(false);
          }
        }
      }),
      runs(300),
    );
  });
});
