import type { z } from 'astro/zod';
import { type JsonNode, nodesAt, optionsOf } from './schema-json';

/**
 * Units declared on schema fields with `.meta({ unit })` (percentSchema, the trade figures), by
 * dotted field path, so downloads can put the unit in the column header ("rate (%)"). Read from
 * the schema's JSON Schema, where zod writes each field's metadata beside its type.
 */
function collectUnits(node: JsonNode, root: JsonNode, prefix: string, out: Map<string, string>): void {
  // The unit sits on the field's own node, or, for a nullable or defaulted field, on one of its options.
  for (const option of [node, ...optionsOf(node, root)]) {
    if (prefix && typeof option.unit === 'string' && !out.has(prefix)) out.set(prefix, option.unit);
  }
  for (const option of optionsOf(node, root))
    for (const [key, child] of Object.entries(option.properties ?? {})) collectUnits(child, root, prefix ? `${prefix}.${key}` : key, out);
}

/** Unit map of one dataset's records. */
export function recordUnits(datasetSchema: z.ZodType): Map<string, string> {
  const out = new Map<string, string>();
  const { nodes, root } = nodesAt(datasetSchema, ['records', 0]);
  for (const node of nodes) collectUnits(node, root, '', out);
  return out;
}
