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

/** Checks that each quote occurs in its source and each document id is a known reference. */
export function checkCitations(file: string, dataset: { records: unknown[] }, context: ProvenanceContext): ContentError[] {
  const errors: ContentError[] = [];
  const sourceIds = [...context.sources.keys()];
  const referenceIds = [...context.references];
  for (const [citations, path] of citationsIn(dataset.records, ['records'])) {
    citations.forEach((citation, i) => {
      const where = locate(dataset, [...path, i]);
      const c = citation as { source?: string; quote?: string; doc?: string };
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
