import type { z } from 'astro/zod';
import { type DatasetId, type DatasetOf, datasetSchemas } from '../schemas/datasets';
import { ContentError } from './content-error';
import { describeIssue, unknownFields, validate } from './error-map';
import { describeMiss, findQuote } from './quotes';
import { fieldsAt } from './schema-json';
import { suggestion } from './suggest';

/** What citations are checked against: clean source texts by id, official reference ids, held document texts by id. */
export interface ProvenanceContext {
  sources: ReadonlyMap<string, { body: string }>;
  references: ReadonlySet<string>;
  /** Held copies of official documents (content/documents/); a reference without one cannot be quoted. */
  documents: ReadonlyMap<string, { file: string; text: string }>;
}

/** `records[3].rate` → where the author should look: the record's id and the field. */
function locate(data: unknown, path: readonly PropertyKey[]): string {
  if (path[0] === 'records' && typeof path[1] === 'number') {
    const record = (data as { records?: unknown[] })?.records?.[path[1]];
    // Only a string id names the record: a mistyped one (an object, a list) would print as "[object Object]".
    const id = record && typeof record === 'object' && 'id' in record && typeof record.id === 'string' ? record.id : undefined;
    const field = path.slice(2).map(String).join('.');
    const name = id ? `record "${id}" (records[${path[1]}])` : `records[${path[1]}]`;
    return field ? `${name}, field "${field}"` : name;
  }
  return path.length ? `field "${path.map(String).join('.')}"` : 'top level';
}

const FIX = 'fix the value, then rebuild; see content/data/README.md for each field';

function issueToErrors(file: string, data: unknown, schema: z.ZodType, issue: z.core.$ZodIssue): ContentError[] {
  // An unknown key is reported at the object; point at the key itself, one error per key.
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map(
      (key) =>
        new ContentError(
          file,
          locate(data, [...issue.path, key]),
          unknownFields([key], fieldsAt(schema, issue.path)),
          'remove the field or correct its name; see content/data/README.md',
        ),
    );
  }
  return [new ContentError(file, locate(data, issue.path), describeIssue(issue), FIX)];
}

/**
 * Validates one dataset file against its schema. Throws a list of every problem, never a bare zod
 * error. `schemas` is the registry in src/schemas/datasets/index.ts; tests pass a larger one to
 * check a dataset before it is registered (the examples in AUTHORING.md).
 */
export function parseDataset<Id extends DatasetId>(
  file: string,
  id: string,
  raw: unknown,
  schemas: Readonly<Record<string, z.ZodType>> = datasetSchemas,
): DatasetOf<Id> {
  const ids = Object.keys(schemas);
  if (!ids.includes(id)) {
    throw [
      new ContentError(
        file,
        undefined,
        `no schema is declared for a dataset named "${id}"`,
        `${suggestion(id, ids, 'dataset id')}. A new dataset needs a schema in src/schemas/datasets/ and an entry in its index.ts (AUTHORING.md, "Add a dataset")`,
      ),
    ];
  }
  const schema = schemas[id] as z.ZodType;
  const result = validate(schema, raw);
  const errors: ContentError[] = [];
  if (!result.success) errors.push(...result.error.issues.flatMap((issue) => issueToErrors(file, raw, schema, issue)));
  const data = (result.success ? result.data : raw) as { id?: unknown; records?: unknown };
  // A missing or mistyped id is the schema's to report; this catches a valid id that names another file.
  if (data && typeof data === 'object' && typeof data.id === 'string' && data.id !== id) {
    errors.push(
      new ContentError(file, 'field "id"', `id is ${JSON.stringify(data.id)} but the file is named ${id}.json`, `set "id": "${id}"`),
    );
  }
  if (Array.isArray(data?.records)) errors.push(...duplicateIds(file, data.records));
  if (errors.length) throw errors;
  return (result as { data: DatasetOf<Id> }).data;
}

function duplicateIds(file: string, records: unknown[]): ContentError[] {
  const seen = new Map<string, number>();
  const errors: ContentError[] = [];
  records.forEach((record, index) => {
    const id = (record as { id?: unknown })?.id;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first !== undefined) {
      errors.push(
        new ContentError(
          file,
          `record "${id}" (records[${index}]), field "id"`,
          `duplicate id: records[${first}] has the same id`,
          'give each record its own id',
        ),
      );
    } else seen.set(id, index);
  });
  return errors;
}

/** Every `citations` array anywhere in a value, with the path to it. */
function* citationsIn(value: unknown, path: (string | number)[] = []): Generator<[unknown[], (string | number)[]]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* citationsIn(item, [...path, i]);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'citations' && Array.isArray(item)) yield [item, [...path, key]];
      else yield* citationsIn(item, [...path, key]);
    }
  }
}

/**
 * A locator naming a row of one of a document's tables ("Annex I, row \"Algeria\""): the figure is a
 * cell of an official table, not a sentence, so the citation needs no quote.
 */
const TABLE_ROW = /\b(annex|table|row|column)\b/i;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The field of a record that states a rate, or else a date, or undefined: a field named for a rate
 * (`rate`, `eo14326.rate`) with a number, or a figure whose `unit` is a percent (the claims ledger's
 * `claimed` and `official`); else a date field (`effective`, `announced`, `date`, `endDate`) with an
 * ISO date, or a figure whose unit is a date. A rate is named first: it is what the quote must give.
 */
export function rateOrDateField(record: unknown): string | undefined {
  return findField(record, [], 'rate') ?? findField(record, [], 'date');
}

function findField(value: unknown, path: string[], kind: 'rate' | 'date'): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { unit, value: figure } = value as { unit?: unknown; value?: unknown };
  const unitKind = kind === 'rate' ? /percent/i : /date/i;
  if (typeof unit === 'string' && unitKind.test(unit) && figure !== null && figure !== undefined) return [...path, 'value'].join('.');
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (key === 'citations') continue;
    const states =
      kind === 'rate'
        ? /rate$/i.test(key) && typeof item === 'number'
        : /date$|^effective$|^announced$/i.test(key) && typeof item === 'string' && ISO_DATE.test(item);
    if (states) return [...path, key].join('.');
    const inner = findField(item, [...path, key], kind);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * The promise is that a rate or a date traces to a sentence: a record that states one and cites a
 * document whose text is held must quote that document's words, unless the citation points at a
 * row of one of its tables (an annex row, with its locator). Documents not held cannot be quoted.
 */
function missingDocumentQuote(
  file: string,
  where: string,
  record: unknown,
  /** Path from the record to the object holding the citations (`["regime2026"]`), empty for the record's own. */
  ownerPath: string[],
  c: { doc?: string; quote?: string; locator?: string },
  context: ProvenanceContext,
): ContentError | undefined {
  if (c.doc === undefined || c.quote !== undefined || !context.documents.has(c.doc)) return undefined;
  if (c.locator !== undefined && TABLE_ROW.test(c.locator)) return undefined;
  // Name the figure beside nested citations (`regime2026.section122`, a percent) before the record's own.
  const owner = ownerPath.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], record);
  const beside =
    ownerPath.length > 0 && owner && typeof owner === 'object'
      ? Object.entries(owner).find(([, v]) => typeof v === 'number' || (typeof v === 'string' && ISO_DATE.test(v)))?.[0]
      : undefined;
  const field = (beside && [...ownerPath, beside].join('.')) || rateOrDateField(record);
  if (!field) return undefined;
  const held = context.documents.get(c.doc);
  return new ContentError(
    file,
    where,
    `the record states a rate or a date (field "${field}") and cites document "${c.doc}", whose text is held, without quoting it`,
    `add "quote": "<the document's exact words>" with the sentence that gives the record's rate or date (the text is in ${held?.file ?? `content/documents/${c.doc}.md`}); for a row of one of its tables, give a "locator" naming the annex and the row instead`,
  );
}

/**
 * Checks that each quote occurs in its source, each document id is a known reference, and a held
 * document cited for a record's rate or date is quoted (see missingDocumentQuote).
 */
export function checkCitations(file: string, dataset: { records: unknown[] }, context: ProvenanceContext): ContentError[] {
  const errors: ContentError[] = [];
  const sourceIds = [...context.sources.keys()];
  const referenceIds = [...context.references];
  for (const [citations, path] of citationsIn(dataset.records, ['records'])) {
    const record = typeof path[1] === 'number' ? dataset.records[path[1]] : undefined;
    citations.forEach((citation, i) => {
      const where = locate(dataset, [...path, i]);
      const c = citation as { source?: string; quote?: string; doc?: string; locator?: string };
      const unquoted = missingDocumentQuote(file, where, record, path.slice(2, -1).map(String), c, context);
      if (unquoted) errors.push(unquoted);
      if (c.doc !== undefined && context.references.has(c.doc) && c.quote !== undefined) {
        const held = context.documents.get(c.doc);
        if (!held) {
          errors.push(
            new ContentError(
              file,
              where,
              `the text of document "${c.doc}" is not held in content/documents/, so the quote "${c.quote}" cannot be checked`,
              'add its copy (npm run import:documents -- <folder>; see content/documents/README.md), or drop the quote and say where in the document with "locator"',
            ),
          );
          return;
        }
        const match = findQuote(held.text, c.quote);
        if (!match.found) {
          errors.push(
            new ContentError(
              file,
              where,
              `quote not found in document "${c.doc}" (${held.file}): "${c.quote}"`,
              `${describeMiss(match)}. Quote the document's exact words`,
            ),
          );
        }
        return;
      }
      if (c.doc !== undefined && !context.references.has(c.doc)) {
        errors.push(
          new ContentError(
            file,
            where,
            `unknown document "${c.doc}"`,
            `${suggestion(c.doc, referenceIds, 'reference id')}; add new documents to content/data/references.json`,
          ),
        );
      }
      if (c.source !== undefined && c.quote !== undefined) {
        const source = context.sources.get(c.source);
        if (!source) {
          errors.push(new ContentError(file, where, `unknown source "${c.source}"`, suggestion(c.source, sourceIds, 'source id')));
          return;
        }
        const match = findQuote(source.body, c.quote);
        if (!match.found) {
          errors.push(
            new ContentError(
              file,
              where,
              `quote not found in source "${c.source}": "${c.quote}"`,
              `${describeMiss(match)}. Quote the source's exact words`,
            ),
          );
        }
      }
    });
  }
  return errors;
}

/** `a.b.c` of a record, or undefined when a step is missing. */
function fieldValue(record: unknown, field: string): unknown {
  let value: unknown = record;
  for (const key of field.split('.')) {
    if (!value || typeof value !== 'object' || !(key in value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * Claims point at the record that holds the official figure ({ dataset, record, field, value }).
 * The pointer must resolve and the value must be the one stored there, so a claim's verdict
 * cannot drift from the data it was checked against.
 */
export function checkRecordPointers(
  file: string,
  dataset: { records: unknown[] },
  all: ReadonlyMap<string, { data: { records: unknown[] } }>,
  /** Datasets that exist but failed their own checks: pointers into them are not reported again. */
  failed: ReadonlySet<string> = new Set(),
): ContentError[] {
  const errors: ContentError[] = [];
  dataset.records.forEach((record, index) => {
    const official = (record as { official?: unknown }).official as
      | { dataset: string | null; record: string | null; field: string | null; value: unknown }
      | null
      | undefined;
    if (!official?.dataset || !official.record || failed.has(official.dataset)) return;
    const where = (field: string) => locate(dataset, ['records', index, 'official', field]);
    const target = all.get(official.dataset);
    if (!target) {
      errors.push(
        new ContentError(
          file,
          where('dataset'),
          `unknown dataset "${official.dataset}"`,
          suggestion(official.dataset, [...all.keys()], 'dataset id'),
        ),
      );
      return;
    }
    const ids = target.data.records.map((r) => String((r as { id?: unknown }).id));
    const pointed = target.data.records.find((r) => (r as { id?: unknown }).id === official.record);
    if (!pointed) {
      errors.push(
        new ContentError(
          file,
          where('record'),
          `no record "${official.record}" in dataset "${official.dataset}"`,
          `expected the id of a record in content/data/${official.dataset}.json; ${suggestion(official.record, ids, 'id').split('. ')[0]}`,
        ),
      );
      return;
    }
    const stored = fieldValue(pointed, official.field ?? '');
    if (stored === undefined) {
      errors.push(
        new ContentError(
          file,
          where('field'),
          `record "${official.record}" in "${official.dataset}" has no field "${official.field}"`,
          'name a field of that record, dotted for nested fields (e.g. "eo14326.rate")',
        ),
      );
    } else if (stored !== official.value) {
      errors.push(
        new ContentError(
          file,
          where('value'),
          `official value ${JSON.stringify(official.value)} differs from ${official.dataset} record "${official.record}", field "${official.field}", which holds ${JSON.stringify(stored)}`,
          `expected ${JSON.stringify(stored)}; if the data changed, re-check the claim's verdict too`,
        ),
      );
    }
  });
  return errors;
}
