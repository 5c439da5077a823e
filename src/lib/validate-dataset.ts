import type { z } from 'zod';
import { type DatasetId, type DatasetOf, datasetIds, datasetSchemas } from '../schemas/datasets';
import { ContentError } from './content-error';
import { describeMiss, findQuote } from './quotes';
import { suggestion } from './suggest';

/** What citations are checked against: clean source texts by id, official reference ids. */
export interface ProvenanceContext {
  sources: ReadonlyMap<string, { body: string }>;
  references: ReadonlySet<string>;
}

/** `records[3].rate` → where the author should look: the record's id and the field. */
function locate(data: unknown, path: readonly PropertyKey[]): string {
  if (path[0] === 'records' && typeof path[1] === 'number') {
    const record = (data as { records?: unknown[] })?.records?.[path[1]];
    const id = record && typeof record === 'object' && 'id' in record ? String(record.id) : undefined;
    const field = path.slice(2).map(String).join('.');
    const name = id ? `record "${id}" (records[${path[1]}])` : `records[${path[1]}]`;
    return field ? `${name}, field "${field}"` : name;
  }
  return path.length ? `field "${path.map(String).join('.')}"` : 'top level';
}

function issueToError(file: string, data: unknown, issue: z.core.$ZodIssue): ContentError {
  return new ContentError(file, locate(data, issue.path), issue.message, 'fix the value, then rebuild; see content/data/README.md for each field');
}

/** Validates one dataset file against its schema. Throws a list of every problem, never a bare zod error. */
export function parseDataset<Id extends DatasetId>(file: string, id: string, raw: unknown): DatasetOf<Id> {
  if (!(datasetIds as string[]).includes(id)) {
    throw [
      new ContentError(
        file,
        undefined,
        `no schema is declared for a dataset named "${id}"`,
        `${suggestion(id, datasetIds, 'dataset id')}. A new dataset needs a schema in src/schemas/datasets/ and an entry in its index.ts`,
      ),
    ];
  }
  const result = datasetSchemas[id as Id].safeParse(raw);
  const errors: ContentError[] = [];
  if (!result.success) errors.push(...result.error.issues.map((issue) => issueToError(file, raw, issue)));
  const data = (result.success ? result.data : raw) as { id?: unknown; records?: unknown };
  if (data && typeof data === 'object' && data.id !== id) {
    errors.push(new ContentError(file, 'field "id"', `id is ${JSON.stringify(data.id)} but the file is named ${id}.json`, `set "id": "${id}"`));
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
      errors.push(new ContentError(file, `record "${id}" (records[${index}]), field "id"`, `duplicate id: records[${first}] has the same id`, 'give each record its own id'));
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
      if (c.doc !== undefined && !context.references.has(c.doc)) {
        errors.push(new ContentError(file, where, `unknown document "${c.doc}"`, `${suggestion(c.doc, referenceIds, 'reference id')}; add new documents to content/data/references.json`));
      }
      if (c.source !== undefined && c.quote !== undefined) {
        const source = context.sources.get(c.source);
        if (!source) {
          errors.push(new ContentError(file, where, `unknown source "${c.source}"`, suggestion(c.source, sourceIds, 'source id')));
          return;
        }
        const match = findQuote(source.body, c.quote);
        if (!match.found) {
          errors.push(new ContentError(file, where, `quote not found in source "${c.source}": "${c.quote}"`, `${describeMiss(match)}. Quote the source's exact words`));
        }
      }
    });
  }
  return errors;
}
