import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { type ContentError, ContentErrors } from './content-error';
import { checkHeldDocuments, checkReferenceAddresses, DOCUMENTS_DIR, readDocumentTexts } from './document-texts';
import { jsonSyntaxError, withJsonLines } from './json-location';
import { readSourceTexts, stripBom } from './source-texts';
import { checkCitations, checkRecordPointers, parseDataset } from './validate-dataset';

export const DATA_DIR = 'content/data';

type LoadedDatasets = Map<string, { file: string; data: { records: unknown[] } }>;

/**
 * One dataset file's text (past a byte-order mark) to its validated data, or its problems, each
 * located at the line of its record and field.
 */
export function readDatasetText(file: string, id: string, given: string): { data: { records: unknown[] } } | { errors: ContentError[] } {
  const text = stripBom(given);
  const syntax = jsonSyntaxError(file, text);
  if (syntax) return { errors: [syntax] };
  try {
    return { data: parseDataset(file, id, JSON.parse(text)) as { records: unknown[] } };
  } catch (problems) {
    return { errors: withJsonLines(text, problems as ContentError[]) };
  }
}

/**
 * Reads, validates and cross-checks every dataset. Returns the datasets that match their schema
 * (even if a citation in them fails) and every problem found.
 */
export function readDatasets(root = process.cwd()): { datasets: LoadedDatasets; errors: ContentError[] } {
  const dir = resolve(root, DATA_DIR);
  const errors: ContentError[] = [];
  const datasets: LoadedDatasets = new Map();
  const texts = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json')) continue;
    const file = join(DATA_DIR, name);
    const id = name.slice(0, -'.json'.length);
    const text = stripBom(readFileSync(join(dir, name), 'utf8'));
    texts.set(file, text);
    const read = readDatasetText(file, id, text);
    if ('data' in read) datasets.set(id, { file, data: read.data });
    else errors.push(...read.errors);
  }
  // A dataset that failed its schema is reported once, not again by every record pointing into it.
  const failed = new Set(errors.map((e) => e.file.replace(/^.*[\\/]/, '').replace(/\.json$/, '')));
  const referenceRecords = (datasets.get('references')?.data.records ?? []) as {
    id: string;
    url: string | null;
    dateKind?: 'issued' | 'fetched';
  }[];
  const references = new Set(referenceRecords.map((r) => r.id));
  const documents = readDocumentTexts(root);
  if (!failed.has('references')) {
    errors.push(...checkHeldDocuments(documents, referenceRecords));
    errors.push(...checkReferenceAddresses(join(DATA_DIR, 'references.json'), referenceRecords));
  }
  const context = { sources: readSourceTexts(root), references, documents };
  if (!failed.has('references')) for (const { file, data } of datasets.values()) errors.push(...checkCitations(file, data, context));
  for (const { file, data } of datasets.values()) errors.push(...checkRecordPointers(file, data, datasets, failed));
  // Every problem gets the line of its record and field in the JSON file.
  return { datasets, errors: errors.map((e) => withJsonLines(texts.get(e.file) ?? '', [e])[0] ?? e) };
}

/** Every dataset by id, validated and cross-checked, or throws every problem at once. */
export function loadDatasets(root = process.cwd()): LoadedDatasets {
  const { datasets, errors } = readDatasets(root);
  if (errors.length) throw new ContentErrors(errors);
  return datasets;
}

/**
 * Astro content loader for `content/data/*.json`. Validation and provenance checks run here, so a
 * bad dataset stops `astro build` and shows in `astro dev` with the file, record and field.
 */
export function datasetLoader(): Loader {
  return {
    name: 'tariff-ledger-datasets',
    load: async ({ store, watcher, logger }) => {
      const sync = () => {
        const { datasets, errors } = readDatasets();
        // A build stops on any problem, listing them all. In dev the server keeps running on the
        // datasets that still match their schemas, prints the problems, and checks again on the next edit.
        if (errors.length && !watcher) throw new ContentErrors(errors);
        store.clear();
        for (const [id, { file, data }] of datasets) store.set({ id, data: data as Record<string, unknown>, filePath: file });
        if (errors.length) logger.error(new ContentErrors(errors).message);
        return errors.length === 0;
      };
      sync();
      if (!watcher) return;
      // A change to any dataset, source or held document re-runs every check: a source edit can break a quote.
      watcher.add([resolve(DATA_DIR), resolve('content/sources'), resolve(DOCUMENTS_DIR)]);
      const onChange = (path: string) => {
        if (!/content[\\/](data|sources|documents)[\\/]/.test(path)) return;
        try {
          if (sync()) logger.info(`reloaded datasets after a change to ${path}`);
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      };
      // New and deleted files count too: a dataset added in dev shows without a restart.
      for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, onChange);
    },
  };
}
