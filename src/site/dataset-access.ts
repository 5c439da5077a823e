import type { DatasetAccess } from '../charts/types';
import type { DatasetId, DatasetOf } from '../schemas/datasets';

/** Wraps validated datasets (by id) as the typed accessor charts take. */
export function datasetAccess(datasets: ReadonlyMap<string, { data: unknown }>): DatasetAccess {
  return <Id extends DatasetId>(id: Id) => {
    const entry = datasets.get(id);
    if (!entry)
      throw new Error(
        `dataset "${id}" is not loaded: content/data/${id}.json is missing or has errors (the build, or the terminal running npm run dev, lists them)`,
      );
    return entry.data as DatasetOf<Id>;
  };
}
