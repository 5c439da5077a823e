// Robustness of the validation layer: random mutations of every dataset and of every story's
// frontmatter must either pass or fail with messages that name the file and the place (record,
// field, frontmatter line); never an unexpected exception, never a message without a location.
// Randomness is seeded: a failure prints its seed, case and mutation, so it reproduces exactly.
// FUZZ_SEED=<n> tries another seed; FUZZ_CASES=<n> changes the number of cases per file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify as toYaml } from 'yaml';
import { ContentError } from '../../src/provenance/content-error';
import { DATA_DIR, loadDatasets } from '../../src/provenance/dataset-loader';
import { readSourceTexts, splitFrontmatter } from '../../src/provenance/source-texts';
import { findComponents, lintStory, STORIES_DIR } from '../../src/provenance/story-lint';
import { checkCitations, checkRecordPointers, parseDataset } from '../../src/provenance/validate-dataset';
import { storySchema } from '../../src/schemas/story';

const SEED = Number(process.env.FUZZ_SEED ?? 20250412);
const CASES = Number(process.env.FUZZ_CASES ?? 200);
/** Big datasets are cut to this many records (plus their metadata) before mutating. */
const SAMPLE = 30;
/** Generous: 200 cases per file on a busy 2-core machine. */
const TIMEOUT = 60_000;

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: a tiny 32-bit PRNG, good enough to pick mutations reproducibly. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable number from a name, so each file has its own stream of mutations. */
function hash(text: string): number {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

type Random = () => number;
const int = (random: Random, n: number) => Math.floor(random() * n);
const pick = <T>(random: Random, list: readonly T[]): T => list[int(random, list.length)] as T;

// ---------------------------------------------------------------------------------------------
// Mutations of a JSON-like value

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];
interface Mutation {
  kind: string;
  path: Path;
  /** What was done, for the failure message. */
  detail: string;
  /** Index of the record an error is expected at (datasets), when there is one. */
  record?: number;
}

const isObject = (v: unknown): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = <T>(v: T): T => structuredClone(v);

/** Every node under `value` with its path (the root too). */
function nodes(value: Json, path: Path = []): [Path, Json][] {
  const out: [Path, Json][] = [[path, value]];
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) out.push(...nodes(item, [...path, i]));
  } else if (isObject(value)) for (const [key, item] of Object.entries(value)) out.push(...nodes(item, [...path, key]));
  return out;
}

function getAt(root: Json, path: Path): Json | undefined {
  let v: Json | undefined = root;
  for (const key of path) v = v === null || typeof v !== 'object' ? undefined : (v as Record<string | number, Json>)[key];
  return v;
}

/** Replaces the node at `path` (the root when the path is empty), returning the new root. */
function setAt(root: Json, path: Path, value: Json): Json {
  if (!path.length) return value;
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path[path.length - 1] as string | number] = value;
  return root;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const BAD_DATES = [
  '2025-02-30',
  '2025-13-01',
  '2025-00-10',
  '25-04-10',
  '2025/04/10',
  '10 April 2025',
  '2025-4-9',
  '',
  'yesterday',
  '2025-04-10T25:00',
];
const BAD_NUMBERS = [-1, -0.5, -1e9, 1e15, 1e308, 0.123456789, 101, 1000000, -0, 2 ** 53 + 2];
const UNKNOWN_KEYS = ['colour', 'notes', 'Id', 'extra_field', 'constructor', '__proto__', 'toString'];

/** A value of another type than `v`. */
function otherType(random: Random, v: Json): Json {
  const options: Json[] = [42, -3.5, 'text', '145%', null, [], [v], {}, { value: v }, true, false];
  const differs = options.filter((o) => typeof o !== typeof v || Array.isArray(o) !== Array.isArray(v) || (o === null) !== (v === null));
  return clone(pick(random, differs));
}

/** Sets an own property even for names such as "__proto__" (as JSON.parse does). */
function addOwn(target: { [key: string]: Json }, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * One random mutation of `root` (mutated in place where it can be; the new root is returned).
 * `focus` limits where mutations land (e.g. inside `records`), most of the time.
 */
function mutate(random: Random, root: Json, focus?: (path: Path) => boolean): { root: Json; mutation: Mutation } {
  const all = nodes(root);
  const focused = focus ? all.filter(([p]) => focus(p)) : all;
  const [path, value] = pick(random, focused.length && random() < 0.85 ? focused : all);
  const parentPath = path.slice(0, -1);
  const parent = path.length ? getAt(root, parentPath) : undefined;
  const key = path[path.length - 1];
  const kinds = ['delete', 'retype', 'range', 'date', 'enum', 'truncate', 'unknown-key', 'nesting', 'duplicate-id'];
  const kind = pick(random, kinds);
  const m = (detail: string): Mutation => ({ kind, path, detail });
  switch (kind) {
    case 'delete': {
      if (Array.isArray(parent) && typeof key === 'number') {
        parent.splice(key, 1);
        return { root, mutation: m(`removed item ${key}`) };
      }
      if (isObject(parent) && typeof key === 'string') {
        delete parent[key];
        return { root, mutation: m('deleted the field') };
      }
      return { root: setAt(root, path, null), mutation: m('replaced the root with null') };
    }
    case 'retype': {
      const next = otherType(random, value);
      return { root: setAt(root, path, next), mutation: m(`set to ${JSON.stringify(next)}`) };
    }
    case 'range': {
      const next: Json = typeof value === 'string' ? pick(random, ['', 'x', 'y'.repeat(5000)]) : pick(random, BAD_NUMBERS);
      return { root: setAt(root, path, next), mutation: m(`set to ${JSON.stringify(next).slice(0, 40)}`) };
    }
    case 'date': {
      const next = pick(random, BAD_DATES);
      return {
        root: setAt(root, path, next),
        mutation: m(`set to bad date ${JSON.stringify(next)}${typeof value === 'string' && DATE.test(value) ? '' : ' (was not a date)'}`),
      };
    }
    case 'enum': {
      const s = typeof value === 'string' ? value : String(JSON.stringify(value));
      const next = pick(random, [`${s}x`, s.toUpperCase(), ` ${s}`, 'not-a-known-value', s.slice(0, -1), 'ZZ']);
      return { root: setAt(root, path, next), mutation: m(`set to ${JSON.stringify(next).slice(0, 40)}`) };
    }
    case 'truncate': {
      const array = Array.isArray(value) ? value : Array.isArray(parent) ? parent : undefined;
      if (!array) return mutate(random, root, focus);
      const length = int(random, array.length);
      array.length = length;
      return { root, mutation: { kind, path: Array.isArray(value) ? path : parentPath, detail: `truncated the list to ${length} items` } };
    }
    case 'unknown-key': {
      const target = isObject(value) ? value : isObject(parent) ? parent : undefined;
      if (!target) return mutate(random, root, focus);
      const name = pick(random, UNKNOWN_KEYS);
      addOwn(target, name, pick(random, [1, 'x', null, { a: 1 }] as Json[]));
      const at = isObject(value) ? path : parentPath;
      return { root, mutation: { kind, path: [...at, name], detail: `added unknown field "${name}"` } };
    }
    case 'nesting': {
      // Wrap the value one level deeper, lift an object's first field up, or move a sibling in.
      const choice = int(random, 3);
      if (choice === 0 || !isObject(value)) {
        const next: Json = random() < 0.5 ? { [String(key ?? 'value')]: value } : [value];
        return { root: setAt(root, path, next), mutation: m(`wrapped in ${Array.isArray(next) ? 'a list' : 'an object'}`) };
      }
      const entries = Object.entries(value);
      if (choice === 1 && entries.length) {
        const [innerKey, inner] = entries[0] as [string, Json];
        return { root: setAt(root, path, inner), mutation: m(`replaced by its field "${innerKey}"`) };
      }
      if (isObject(parent)) {
        const sibling = Object.keys(parent).find((k) => k !== key);
        if (sibling !== undefined) {
          addOwn(value, sibling, parent[sibling] as Json);
          delete parent[sibling];
          return { root, mutation: { kind, path: [...parentPath, sibling], detail: `moved field "${sibling}" into "${String(key)}"` } };
        }
      }
      return { root: setAt(root, path, [value]), mutation: m('wrapped in a list') };
    }
    default: {
      // duplicate-id: a later record takes the id of an earlier one.
      const records = isObject(root) ? root.records : undefined;
      if (!Array.isArray(records) || records.length < 2) return mutate(random, root, focus);
      const i = int(random, records.length - 1);
      const j = i + 1 + int(random, records.length - 1 - i);
      const [a, b] = [records[i], records[j]];
      if (!isObject(a) || !isObject(b) || a.id === undefined) return mutate(random, root, focus);
      b.id = a.id;
      return {
        root,
        mutation: {
          kind,
          path: ['records', j, 'id'],
          detail: `records[${j}] takes the id of records[${i}] (${JSON.stringify(a.id)})`,
          record: j,
        },
      };
    }
  }
}

/** Every problem must stand alone: the file first, then where in it. */
function checkLocated(errors: readonly ContentError[], file: string): string[] {
  const bad: string[] = [];
  for (const e of errors) {
    if (!(e instanceof ContentError)) bad.push(`not a ContentError: ${String(e)}`);
    // `file (record "x", field "y")` or, with a line, `file:12 (frontmatter field "date")`.
    else if (e.file !== file || !e.message.startsWith(file) || !(e.where || e.line)) bad.push(`no file and place: ${e.message}`);
    else if (/\[object Object\]|\bundefined\b|^Invalid input$/.test(e.message.split('\n')[0] ?? ''))
      bad.push(`unhelpful message: ${e.message}`);
  }
  return bad;
}

// ---------------------------------------------------------------------------------------------
// Datasets

const datasets = loadDatasets();
const sources = readSourceTexts();
const references = new Set(((datasets.get('references')?.data.records ?? []) as { id: string }[]).map((r) => r.id));
const provenance = { sources, references };
const datasetFiles = readdirSync(DATA_DIR)
  .filter((n) => n.endsWith('.json'))
  .sort();

/** Runs a dataset through what the build runs; returns the problems, or throws what escaped. */
function validateDataset(file: string, id: string, raw: unknown): ContentError[] {
  let parsed: { records: unknown[] };
  try {
    parsed = parseDataset(file, id, raw) as { records: unknown[] };
  } catch (thrown) {
    if (Array.isArray(thrown) && thrown.length && thrown.every((e) => e instanceof ContentError)) return thrown;
    throw thrown;
  }
  return [...checkCitations(file, parsed, provenance), ...checkRecordPointers(file, parsed, datasets)];
}

/** The place an error is expected at, for a mutation inside a record or of a top-level field. */
function expectedPlace(mutation: Mutation): ((where: string) => boolean) | undefined {
  const [first, index] = mutation.path;
  if (mutation.record !== undefined) return (w) => w.includes(`records[${mutation.record}]`);
  if (first === 'records' && typeof index === 'number') {
    // A removed record shifts the others; any place will do.
    if (mutation.kind === 'delete' && mutation.path.length === 2) return undefined;
    return (w) => w.includes(`records[${index}]`);
  }
  if (typeof first === 'string') return (w) => w.includes(`"${first}`) || w === 'top level';
  return (w) => w === 'top level' || w.startsWith('field "');
}

describe('fuzzed datasets fail with the file and the place', () => {
  for (const name of datasetFiles) {
    const id = name.slice(0, -'.json'.length);
    const file = join(DATA_DIR, name);
    it(
      `${name}: ${CASES} mutations`,
      () => {
        const original = JSON.parse(readFileSync(join(DATA_DIR, name), 'utf8')) as Json;
        // A sample of records keeps big datasets fast; the first ones stay, as pointers aim at them.
        const base = clone(original) as { records?: Json[] } & Record<string, Json>;
        if (Array.isArray(base.records) && base.records.length > SAMPLE) {
          const keep = mulberry32(SEED ^ hash(`${name}:sample`));
          const rest = base.records.slice(10).sort(() => keep() - 0.5);
          base.records = [...base.records.slice(0, 10), ...rest.slice(0, SAMPLE - 10)];
        }
        const random = mulberry32(SEED ^ hash(name));
        const failures: string[] = [];
        for (let n = 0; n < CASES && failures.length < 5; n++) {
          const { root, mutation } = mutate(random, clone(base) as Json, (p) => p[0] === 'records' && p.length >= 2);
          const label = `seed ${SEED}, case ${n}: ${mutation.kind} at ${JSON.stringify(mutation.path)} (${mutation.detail})`;
          let errors: ContentError[];
          try {
            errors = validateDataset(file, id, root);
          } catch (thrown) {
            failures.push(`${label}\n  threw ${thrown instanceof Error ? (thrown.stack ?? thrown.message) : JSON.stringify(thrown)}`);
            continue;
          }
          for (const problem of checkLocated(errors, file)) failures.push(`${label}\n  ${problem}`);
          const place = expectedPlace(mutation);
          if (errors.length && place && !errors.some((e) => place(e.where ?? ''))) {
            failures.push(
              `${label}\n  no problem is reported at the mutated place; got:\n  ${errors.map((e) => e.message.split('\n')[0]).join('\n  ')}`,
            );
          }
        }
        expect(failures, failures.join('\n\n')).toEqual([]);
      },
      TIMEOUT,
    );
  }
});

// ---------------------------------------------------------------------------------------------
// Story frontmatter

const storyFiles = readdirSync(STORIES_DIR)
  .filter((n) => n.endsWith('.mdx'))
  .sort();

/** Text-level damage that a value-level mutation cannot express: YAML that does not parse. */
function mangleYaml(random: Random, yaml: string): { yaml: string; detail: string } {
  const lines = yaml.trimEnd().split('\n');
  const i = int(random, lines.length);
  const line = lines[i] ?? '';
  switch (int(random, 4)) {
    case 0:
      return { yaml: [...lines, line].join('\n'), detail: `repeated line ${i + 1} (${line.slice(0, 30)}): a duplicate key` };
    case 1:
      return { yaml: [...lines.slice(0, i), `  ${line}`, ...lines.slice(i + 1)].join('\n'), detail: `indented line ${i + 1}` };
    case 2:
      return {
        yaml: [...lines.slice(0, i), line.replace(': ', ': "'), ...lines.slice(i + 1)].join('\n'),
        detail: `unterminated quote on line ${i + 1}`,
      };
    default:
      return {
        yaml: [...lines.slice(0, i), line.replace(':', ''), ...lines.slice(i + 1)].join('\n'),
        detail: `dropped the colon on line ${i + 1}`,
      };
  }
}

describe('fuzzed story frontmatter fails with the file and the field', () => {
  for (const name of storyFiles) {
    const file = join(STORIES_DIR, name);
    it(
      `${name}: ${CASES} mutations`,
      () => {
        const text = readFileSync(join(STORIES_DIR, name), 'utf8');
        const { frontmatter, body } = splitFrontmatter(text);
        // Steps are checked against chart models elsewhere; here every step event the story names is accepted.
        const events = findComponents(body).flatMap((u) => ('props' in u && u.name === 'Step' && u.props.event ? [u.props.event] : []));
        const context = { sources, datasets, stopKeys: () => events };
        const random = mulberry32(SEED ^ hash(name));
        const failures: string[] = [];
        for (let n = 0; n < CASES && failures.length < 5; n++) {
          let yaml: string;
          let mutation: Mutation;
          if (random() < 0.15) {
            const mangled = mangleYaml(random, toYaml(frontmatter));
            yaml = `${mangled.yaml}\n`;
            mutation = { kind: 'yaml', path: [], detail: mangled.detail };
          } else {
            const result = mutate(random, clone(frontmatter) as Json);
            mutation = result.mutation;
            yaml = toYaml(result.root);
          }
          const label = `seed ${SEED}, case ${n}: ${mutation.kind} at ${JSON.stringify(mutation.path)} (${mutation.detail})`;
          // The real body every tenth case (its checks cost most of the time), a stub otherwise:
          // the frontmatter's problems and line numbers do not depend on it.
          const mutated = `---\n${yaml}---\n${n % 10 === 0 ? body : 'A stub body.\n'}`;
          let errors: ContentError[];
          try {
            errors = lintStory(file, mutated, context);
          } catch (thrown) {
            failures.push(`${label}\n  threw ${thrown instanceof Error ? (thrown.stack ?? thrown.message) : JSON.stringify(thrown)}`);
            continue;
          }
          for (const problem of checkLocated(errors, file)) failures.push(`${label}\n  ${problem}`);
          // If the frontmatter no longer fits the schema, a problem must name the frontmatter and the field.
          const reparsed = (() => {
            try {
              return { ok: true as const, value: splitFrontmatter(mutated).frontmatter };
            } catch {
              return { ok: false as const };
            }
          })();
          if (reparsed.ok && !storySchema.safeParse(reparsed.value).success) {
            const top = mutation.path[0];
            const named = errors.filter(
              (e) =>
                e.where?.includes('frontmatter') &&
                (top === undefined || `${e.where} ${e.message}`.includes(String(top)) || e.where.includes('(top)')),
            );
            if (!named.length)
              failures.push(
                `${label}\n  the frontmatter is invalid but no problem names it; got:\n  ${errors.map((e) => e.message.split('\n')[0]).join('\n  ')}`,
              );
          }
          if (!reparsed.ok && !errors.some((e) => e.where?.includes('frontmatter'))) {
            failures.push(
              `${label}\n  the frontmatter is not valid YAML but no problem says so; got:\n  ${errors.map((e) => e.message.split('\n')[0]).join('\n  ')}`,
            );
          }
        }
        expect(failures, failures.join('\n\n')).toEqual([]);
      },
      TIMEOUT,
    );
  }
});
