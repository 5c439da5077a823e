import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { ContentError, ContentErrors } from './content-error';
import { readSourceTexts } from './source-texts';
import { checkCitations, checkRecordPointers, parseDataset } from './validate-dataset';

export const DATA_DIR = 'content/data';

/** Reads, validates and cross-checks every dataset; returns them by id or throws every problem at once. */
export function loadDatasets(root = process.cwd()): Map<string, { file: string; data: { records: unknown[] } }> {
  const dir = resolve(root, DATA_DIR);
  const errors: ContentError[] = [];
  const datasets = new Map<string, { file: string; data: { records: unknown[] } }>();
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json')) continue;
    const file = join(DATA_DIR, name);
    const id = name.slice(0, -'.json'.length);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (error) {
      errors.push(jsonError(file, error));
      continue;
    }
    try {
      datasets.set(id, { file, data: parseDataset(file, id, raw) as { records: unknown[] } });
    } catch (problems) {
      errors.push(...(problems as ContentError[]));
    }
  }
  const references = new Set(((datasets.get('references')?.data.records ?? []) as { id: string }[]).map((r) => r.id));
  const context = { sources: readSourceTexts(root), references };
  for (const { file, data } of datasets.values()) errors.push(...checkCitations(file, data, context));
  for (const { file, data } of datasets.values()) errors.push(...checkRecordPointers(file, data, datasets));
  if (errors.length) throw new ContentErrors(errors);
  return datasets;
}

function jsonError(file: string, error: unknown): ContentError {
  const message = error instanceof Error ? error.message : String(error);
  return new ContentError(
    file,
    undefined,
    `not valid JSON: ${message}`,
    'check for a trailing comma or a missing quote near the position given',
  );
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
        const datasets = loadDatasets();
        store.clear();
        for (const [id, { file, data }] of datasets) store.set({ id, data: data as Record<string, unknown>, filePath: file });
      };
      sync();
      // In dev, a change to any dataset or source re-runs every check: a source edit can break a quote.
      watcher?.add([resolve(DATA_DIR), resolve('content/sources')]);
      watcher?.on('change', (path) => {
        if (!/content[\\/](data|sources)[\\/]/.test(path)) return;
        try {
          sync();
          logger.info(`reloaded datasets after a change to ${path}`);
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}
