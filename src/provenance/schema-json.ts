import { z } from 'astro/zod';

/**
 * What a schema accepts, read through zod's public JSON Schema export (`z.toJSONSchema`) rather
 * than zod's internal definitions, which change between minor versions. Metadata given with
 * `.meta({ … })` (a field's unit) comes out as keys of the field's node.
 *
 * Read as input (`io: 'input'`): a field with a default is optional to the author, and a
 * preprocessed field is described by what it accepts. Parts JSON Schema cannot express (a
 * transform, a custom check) come out as `{}`, "any value", instead of throwing.
 */
export interface JsonNode {
  type?: string | string[];
  format?: string;
  properties?: Record<string, JsonNode>;
  required?: string[];
  items?: JsonNode;
  anyOf?: JsonNode[];
  oneOf?: JsonNode[];
  allOf?: JsonNode[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  $ref?: string;
  $defs?: Record<string, JsonNode>;
  [meta: string]: unknown;
}

const cache = new WeakMap<z.ZodType, JsonNode>();

/** The JSON Schema of a zod schema (computed once per schema object). */
export function jsonSchemaOf(schema: z.ZodType): JsonNode {
  let json = cache.get(schema);
  if (!json) {
    json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonNode;
    cache.set(schema, json);
  }
  return json;
}

/** Follows a `$ref` into the root's `$defs` (zod writes one for a recursive or registered schema). */
function deref(node: JsonNode, root: JsonNode): JsonNode {
  const ref = node.$ref?.replace(/^#\/\$defs\//, '');
  return ref !== undefined && root.$defs?.[ref] ? deref(root.$defs[ref], root) : node;
}

/** The alternatives a node stands for: itself, or each option of a union (null left out: it is "may be empty"). */
export function optionsOf(node: JsonNode, root: JsonNode): JsonNode[] {
  const resolved = deref(node, root);
  // zod writes a nullable string as `type: ["string", "null"]`.
  if (Array.isArray(resolved.type)) return resolved.type.filter((t) => t !== 'null').map((type) => ({ ...resolved, type }));
  const options = resolved.anyOf ?? resolved.oneOf;
  if (!options) return [resolved];
  return options.flatMap((option) => optionsOf(option, root)).filter((option) => option.type !== 'null');
}

/** Whether a node accepts null as well (a nullable field). */
export function acceptsNull(node: JsonNode, root: JsonNode): boolean {
  const resolved = deref(node, root);
  if (Array.isArray(resolved.type)) return resolved.type.includes('null');
  return (resolved.anyOf ?? resolved.oneOf ?? []).some((option) => deref(option, root).type === 'null');
}

/** The nodes found at a data path (several where a union offers several shapes). */
export function nodesAt(schema: z.ZodType, path: readonly PropertyKey[]): { nodes: JsonNode[]; root: JsonNode } {
  const root = jsonSchemaOf(schema);
  let nodes = optionsOf(root, root);
  for (const key of path) {
    nodes = nodes.flatMap((node) => {
      if (typeof key === 'number' && node.items) return optionsOf(node.items, root);
      const child = typeof key === 'string' ? node.properties?.[key] : undefined;
      return child ? optionsOf(child, root) : [];
    });
  }
  return { nodes, root };
}

/** The field names an object at `path` takes (of every option, for a union such as a citation). */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[] = []): string[] {
  return [...new Set(nodesAt(schema, path).nodes.flatMap((node) => Object.keys(node.properties ?? {})))];
}
