import type { z } from 'astro/zod';
import { acceptsNull, type JsonNode, jsonSchemaOf, optionsOf } from '../provenance/schema-json';

/**
 * Reference documentation derived from the zod schemas themselves, so the authoring page cannot
 * drift from what the build accepts: the keys, whether each is required, the allowed values and
 * the default come from the schemas' JSON Schema (`z.toJSONSchema`, zod's public API); the
 * meaning of each field comes from the JSDoc line above it in the schema's source file
 * (`/** … *\/ key: …`), read as text.
 */

export interface FieldDoc {
  name: string;
  required: boolean;
  /** "text", "number", "true or false", "one of the values", "list", … */
  type: string;
  /** Allowed values, for enums and literals. */
  values?: string[];
  /** Default, when the schema has one. */
  defaultValue?: string;
  /** The JSDoc line above the field, when there is one. */
  description?: string;
}

/** The type of a field in the page's words, from its JSON Schema node. */
function typeOf(node: JsonNode, root: JsonNode): { type: string; values?: string[] } {
  const options = optionsOf(node, root);
  // A union of shapes (a citation) has no single type to name.
  if (options.length !== 1) return { type: 'union' };
  const core = options[0] as JsonNode;
  if (core.enum) return { type: 'one of the values', values: core.enum.map(String) };
  if ('const' in core) return { type: 'exactly', values: [String(core.const)] };
  switch (core.type) {
    case 'string':
      return { type: core.format === 'date' ? 'date, YYYY-MM-DD' : core.format === 'uri' ? 'URL' : 'text' };
    case 'number':
    case 'integer':
      return { type: 'number' };
    case 'boolean':
      return { type: 'true or false' };
    case 'array':
      return { type: `list of ${core.items ? typeOf(core.items, root).type : 'value'}` };
    case 'object':
      return { type: 'object' };
    default:
      return { type: typeof core.type === 'string' ? core.type : 'value' };
  }
}

/**
 * One entry per key of an object schema, read from its JSON Schema (zod's public export): a key
 * is required when the author must write it; one that may be null or has a default is not.
 */
export function describeFields(schema: z.ZodType, descriptions: Readonly<Record<string, string>> = {}): FieldDoc[] {
  const root = jsonSchemaOf(schema);
  const [object] = optionsOf(root, root);
  const required = new Set(object?.required ?? []);
  return Object.entries(object?.properties ?? {}).map(([name, node]) => {
    const defaultValue = optionsOf(node, root).find((o) => 'default' in o)?.default ?? node.default;
    const doc: FieldDoc = {
      name,
      required: required.has(name) && !acceptsNull(node, root) && defaultValue === undefined,
      ...typeOf(node, root),
    };
    if (defaultValue !== undefined) doc.defaultValue = String(defaultValue);
    const description = descriptions[name];
    if (description) doc.description = description;
    return doc;
  });
}

/** `/** text *\/` → "text", one line. */
function cleanJsDoc(comment: string): string {
  return comment
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const FIELD_DOC = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*\n\s*['"]?([A-Za-z_$][\w$-]*)['"]?\s*:/g;

/** Every `/** doc *\/ key:` pair in a piece of source. The first doc of a key wins. */
export function fieldDocs(source: string): Record<string, string> {
  const docs: Record<string, string> = {};
  for (const match of source.matchAll(FIELD_DOC)) {
    const key = match[2] as string;
    docs[key] ??= cleanJsDoc(match[1] ?? '');
  }
  return docs;
}

/**
 * The source of one top-level declaration (`export const name = …` up to the next top-level
 * statement) and the JSDoc just above it.
 */
export function declaration(source: string, name: string): { text: string; description?: string } | undefined {
  const start = source.search(new RegExp(`^(export )?const ${name}\\b`, 'm'));
  if (start < 0) return undefined;
  const rest = source.slice(start);
  // The declaration ends at the next line that starts a new statement at the left margin.
  const end = rest.slice(1).search(/\n(?=[^\s)\]}])/);
  const text = end < 0 ? rest : rest.slice(0, end + 1);
  const before = source.slice(0, start).trimEnd();
  const doc = before.endsWith('*/') ? before.slice(before.lastIndexOf('/**') + 3, -2) : undefined;
  return doc === undefined ? { text } : { text, description: cleanJsDoc(doc) };
}

/** Field docs of the first object literal in `source` that documents every one of `keys`. */
export function docsForKeys(sources: readonly string[], keys: readonly string[]): Record<string, string> {
  for (const source of sources) {
    for (const block of source.matchAll(/z\.(?:strictObject|object)\(\{[\s\S]*?\n\}\)/g)) {
      const docs = fieldDocs(block[0]);
      if (keys.length && keys.every((k) => docs[k])) return docs;
    }
  }
  return {};
}
