// Shared helpers for the dataset tests: the committed datasets as loaded by the build, and a way to
// run one mutated copy through the same checks the build runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from '../../src/provenance/content-error';
import { DATA_DIR, loadDatasets } from '../../src/provenance/dataset-loader';
import { readDocumentTexts } from '../../src/provenance/document-texts';
import { readSourceTexts } from '../../src/provenance/source-texts';
import { checkCitations, checkRecordPointers, parseDataset } from '../../src/provenance/validate-dataset';

export const datasets = loadDatasets();

const references = new Set(((datasets.get('references')?.data.records ?? []) as { id: string }[]).map((r) => r.id));
const context = { sources: readSourceTexts(), references, documents: readDocumentTexts() };

/** A fresh, unvalidated copy of a committed dataset file, as JSON. */
// biome-ignore lint/suspicious/noExplicitAny: tests mutate arbitrary fields on purpose.
export function rawDataset(id: string): any {
  return JSON.parse(readFileSync(join(DATA_DIR, `${id}.json`), 'utf8'));
}

/**
 * Runs a mutated copy of dataset `id` through validation, citation and pointer checks, exactly as
 * loadDatasets does, and returns every message.
 */
// biome-ignore lint/suspicious/noExplicitAny: see rawDataset.
export function problems(id: string, mutate: (data: any) => void): string[] {
  const file = join(DATA_DIR, `${id}.json`);
  const data = rawDataset(id);
  mutate(data);
  try {
    const parsed = parseDataset(file, id, data) as { records: unknown[] };
    return [...checkCitations(file, parsed, context), ...checkRecordPointers(file, parsed, datasets)].map((e) => e.message);
  } catch (errors) {
    if (Array.isArray(errors) && errors.every((e) => e instanceof ContentError)) return errors.map((e) => e.message);
    throw errors;
  }
}

/** `content/data/<id>.json (record "<record>" (records[i]), field "<field>")`: the location part of a message. */
export function at(id: string, record: string, index: number, field: string): string {
  return `${join(DATA_DIR, `${id}.json`)} (record "${record}" (records[${index}]), field "${field}")`;
}
