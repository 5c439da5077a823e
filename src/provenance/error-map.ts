import type { z } from 'astro/zod';
import { ContentError, ContentErrors } from './content-error';
import { fieldsAt } from './schema-json';
import { suggestion } from './suggest';

/**
 * The one error map: zod's stock messages ("Invalid input: expected number, received string",
 * "Unrecognized key") say neither what was found nor what to write; these do, in the words of
 * the problem half of `file:line (field): problem → fix`.
 *
 * It is given per parse (`validate` below) rather than set globally with `z.config`: astro/zod is
 * the same zod instance Astro validates its own config and collections with, and a global map
 * would reword Astro's messages too, depending on which module happened to load first.
 *
 * zod picks the first message it finds: a schema's own (`z.string().min(2, 'too short…')`, a
 * refinement's) wins over this map, so fields that explain themselves keep their words.
 */
export const contentErrorMap: z.core.$ZodErrorMap = (issue) => {
  const input = issue.input;
  // At the top level zod has not set a path yet when it asks the map.
  const inCitations = (issue.path ?? []).includes('citations');
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `${MISSING}expected ${article(issue.expected)}`;
      return `expected ${article(issue.expected)}, got ${describeInput(input)}`;
    case 'unrecognized_keys':
      return unknownFields(issue.keys, issue.inst ? allowedFields(issue.inst as z.ZodType) : []);
    case 'invalid_union':
      if (input === undefined) return `${MISSING}expected ${inCitations ? CITATION_SHAPES : 'a value'}`;
      return inCitations
        ? `not a valid citation (got ${describeInput(input)}): expected ${CITATION_SHAPES}`
        : `expected one of the allowed shapes for this field, got ${describeInput(input)}`;
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v));
      const expected = values.length === 1 ? values[0] : `one of ${values.join(', ')}`;
      if (input === undefined) return `${MISSING}expected ${expected}`;
      const near = typeof input === 'string' ? suggestion(input, issue.values.map(String), 'value') : '';
      return `${describeInput(input)} is not allowed: expected ${expected}${near.startsWith('did you mean') ? ` (${near.split('?')[0]}?)` : ''}`;
    }
    case 'too_small':
      if (issue.origin === 'string') return `too short: expected at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `too few items: expected at least ${issue.minimum}`;
      return `too small: expected ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}, got ${describeInput(input)}`;
    case 'too_big':
      if (issue.origin === 'string') return `too long: expected at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `too many items: expected at most ${issue.maximum}`;
      return `too big: expected ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}, got ${describeInput(input)}`;
    case 'invalid_format':
      if (issue.format === 'url') return `expected a full URL such as "https://www.whitehouse.gov/…", got ${describeInput(input)}`;
      return `expected the ${issue.format} format, got ${describeInput(input)}`;
    default:
      // A custom check without a message of its own, an unusual code: zod's words are the best there are.
      return undefined;
  }
};

/** Every parse of content goes through here: our wording, and the offending value kept on each issue. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.ZodSafeParseResult<z.output<S>> {
  return schema.safeParse(value, { error: contentErrorMap, reportInput: true }) as z.ZodSafeParseResult<z.output<S>>;
}

/**
 * Parses a value that comes from a file (a frozen chart version, a chart's figure text) and throws
 * every problem at once as `file (field "x"): problem → fix`, for values whose file has no lines
 * to point at; loaders that know lines (datasets, frontmatter, stories) place issues themselves.
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, file: string, fix: string): z.output<S> {
  const result = validate(schema, value);
  if (result.success) return result.data;
  throw new ContentErrors(
    result.error.issues.map((issue) => {
      const field = issue.path.map(String).join('.');
      return new ContentError(file, field ? `field "${field}"` : undefined, describeIssue(issue), fix);
    }),
  );
}

const MISSING = 'required field is missing: ';

/**
 * The problem an issue states. A field's own message ("expected an ISO date like …") is kept, but
 * when nothing was written it still has to say the field is missing.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const missing = issue.code === 'invalid_type' && issue.input === undefined && !issue.message.startsWith(MISSING);
  return missing ? `${MISSING}${issue.message}` : issue.message;
}

/** `unknown field "autor" (did you mean "author"?); expected only: title, author`. */
export function unknownFields(keys: readonly string[], allowed: readonly string[]): string {
  const hints = keys.map((key) => {
    const near = allowed.length ? suggestion(key, [...allowed], 'field') : '';
    return near.startsWith('did you mean') ? `"${key}" (${near.split('?')[0]}?)` : `"${key}"`;
  });
  const list = allowed.length ? `; expected only: ${allowed.join(', ')}` : '';
  return `unknown field${keys.length > 1 ? 's' : ''} ${hints.join(', ')}${list}`;
}

/** The fields an object takes, for the hint; never throws, since a map that throws would break the parse itself. */
function allowedFields(schema: z.ZodType): string[] {
  try {
    return fieldsAt(schema);
  } catch {
    return [];
  }
}

const CITATION_SHAPES =
  '{ "source": "<source id>", "quote": "<exact words>" } or { "doc": "<reference id>", "locator": "<where in it, optional>" }';

function article(type: string): string {
  const names: Record<string, string> = {
    int: 'a whole number',
    number: 'a number',
    string: 'a string (in double quotes)',
    boolean: 'true or false',
    object: 'an object { … }',
    array: 'a list [ … ]',
    null: 'null',
  };
  return names[type] ?? `a value of type ${type}`;
}

/** What the author wrote, short: `the string "abc"`, `a list`, `number 3`. */
export function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return `the string ${JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input)}`;
  if (typeof input === 'object') return 'an object';
  return `${typeof input} ${String(input)}`;
}
