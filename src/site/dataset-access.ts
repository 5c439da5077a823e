import type { DatasetAccess } from '../charts/types';
import { ContentError } from '../provenance/content-error';
import type { DatasetId, DatasetOf } from '../schemas/datasets';

/** Wraps validated datasets (by id) as the typed accessor charts take. */
export function datasetAccess(datasets: ReadonlyMap<string, { data: unknown }>): DatasetAccess {
  return <Id extends DatasetId>(id: Id) => {
    const entry = datasets.get(id);
    // In dev the server runs on the datasets that pass; a page that needs one that does not says which.
    if (!entry)
      throw new ContentError(
        `content/data/${id}.json`,
        undefined,
        `dataset "${id}" is not loaded: the file is missing or has errors`,
        'fix the problems the build (or the terminal running npm run dev) lists for this file',
      );
    return entry.data as DatasetOf<Id>;
  };
}
