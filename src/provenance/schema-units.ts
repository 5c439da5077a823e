import { z } from 'astro/zod';

/**
 * Units declared on schema fields with `.meta({ unit })` (percentSchema, the trade figures), by
 * dotted field path, so downloads can put the unit in the column header ("rate (%)").
 */
export function fieldUnits(schema: z.ZodType, prefix = '', out = new Map<string, string>()): Map<string, string> {
  const unit = (z.globalRegistry.get(schema) as { unit?: string } | undefined)?.unit;
  if (unit && prefix) out.set(prefix, unit);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (def.type === 'object') {
    for (const [key, child] of Object.entries((schema as z.ZodObject).shape))
      fieldUnits(child as z.ZodType, prefix ? `${prefix}.${key}` : key, out);
  } else if (def.innerType) {
    fieldUnits(def.innerType as z.ZodType, prefix, out);
  } else if (def.type === 'pipe') {
    fieldUnits(def.out as z.ZodType, prefix, out);
  }
  return out;
}

/** Unit map of one dataset's records. */
export function recordUnits(datasetSchema: z.ZodType): Map<string, string> {
  const records = (datasetSchema as z.ZodObject).shape.records as z.ZodArray<z.ZodType>;
  return fieldUnits(records.element);
}
