import { suggestion } from './suggest';

export type FieldLookup = { ok: true; value: unknown; record: Record<string, unknown> } | { ok: false; problem: string; hint: string };

/** Finds `field` (dotted) of record `recordId` in a dataset's records, explaining what is wrong when it cannot. */
export function lookupField(records: readonly unknown[], datasetId: string, recordId: string, field: string): FieldLookup {
  const list = records as Record<string, unknown>[];
  const record = list.find((r) => r.id === recordId);
  if (!record) {
    return {
      ok: false,
      problem: `dataset "${datasetId}" has no record "${recordId}"`,
      hint: suggestion(recordId, list.map((r) => String(r.id)).slice(0, 400), 'record id'),
    };
  }
  let value: unknown = record;
  const walked: string[] = [];
  for (const key of field.split('.')) {
    if (!value || typeof value !== 'object' || !(key in value)) {
      const keys = value && typeof value === 'object' ? Object.keys(value) : [];
      return {
        ok: false,
        problem: `record "${recordId}" has no field "${[...walked, key].join('.')}"`,
        hint: suggestion(key, keys, 'field'),
      };
    }
    value = (value as Record<string, unknown>)[key];
    walked.push(key);
  }
  if (value === null || value === undefined)
    return { ok: false, problem: `field "${field}" of record "${recordId}" is empty (null)`, hint: 'cite a field that has a value' };
  return { ok: true, value, record };
}
