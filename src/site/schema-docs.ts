import type { z } from 'astro/zod';

/**
 * Reference documentation derived from the zod schemas themselves, so the authoring page cannot
 * drift from what the build accepts: the keys, whether each is required, the allowed values and
 * the default come from the schema objects; the meaning of each field comes from the JSDoc line
 * above it in the schema's source file (`/** … *\/ key: …`), read as text.
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

type Def = {
  type?: string;
  format?: string;
  innerType?: unknown;
  in?: unknown;
  out?: unknown;
  defaultValue?: unknown;
  entries?: Record<string, unknown>;
  values?: unknown[];
  shape?: Record<string, unknown>;
  element?: unknown;
};

function defOf(schema: unknown): Def | undefined {
  return (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;
}

/** Unwraps optional, default, nullable and pipe layers, noting what they say. */
function unwrap(schema: unknown): { core: unknown; optional: boolean; defaultValue?: unknown } {
  let current = schema;
  let optional = false;
  let defaultValue: unknown;
  for (let i = 0; i < 10; i++) {
    const def = defOf(current);
    if (!def) break;
    if (def.type === 'optional' || def.type === 'nullable') {
      optional = true;
      current = def.innerType;
    } else if (def.type === 'default' || def.type === 'prefault') {
      optional = true;
      defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
      current = def.innerType;
    } else if (def.type === 'pipe') {
      // z.preprocess(fn, schema) is a pipe from a transform into the schema that says what is accepted.
      current = defOf(def.in)?.type === 'transform' ? def.out : def.in;
    } else break;
  }
  return defaultValue === undefined ? { core: current, optional } : { core: current, optional, defaultValue };
}

function typeOf(core: unknown): { type: string; values?: string[] } {
  const def = defOf(core);
  switch (def?.type) {
    case 'enum':
      return { type: 'one of the values', values: Object.values(def.entries ?? {}).map(String) };
    case 'literal':
      return { type: 'exactly', values: (def.values ?? []).map(String) };
    case 'string':
      return { type: def.format === 'date' ? 'date, YYYY-MM-DD' : def.format === 'url' ? 'URL' : 'text' };
    case 'number':
    case 'int':
      return { type: 'number' };
    case 'boolean':
      return { type: 'true or false' };
    case 'array':
      return { type: `list of ${typeOf(def.element).type}` };
    case 'object':
      return { type: 'object' };
    default:
      return { type: def?.type ?? 'value' };
  }
}

/** The shape of an object schema (also behind refinements, which zod 4 keeps on the object). */
export function shapeOf(schema: z.ZodType): Record<string, unknown> {
  return defOf(unwrap(schema).core)?.shape ?? {};
}

/** One entry per key of an object schema. */
export function describeFields(schema: z.ZodType, descriptions: Readonly<Record<string, string>> = {}): FieldDoc[] {
  return Object.entries(shapeOf(schema)).map(([name, field]) => {
    const { core, optional, defaultValue } = unwrap(field);
    const doc: FieldDoc = { name, required: !optional, ...typeOf(core) };
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
