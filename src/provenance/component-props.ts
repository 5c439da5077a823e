import type { z } from 'astro/zod';
import { type ChartId, charts } from '../charts/registry';
import { chartBasePropNames, chartPropsSchema } from '../schemas/chart-props';
import { citePropsSchema } from '../schemas/cite-props';
import { docPropsSchema, numPropsSchema } from '../schemas/num-props';
import { reactiveRatePropsSchema } from '../schemas/reactive-props';
import { howWeKnowPropsSchema, scrollyPropsSchema, stepPropsSchema } from '../schemas/scrolly-props';
import { ContentError, ContentErrors } from './content-error';
import { describeIssue, validate } from './error-map';
import { fieldsAt } from './schema-json';
import { nearest, suggestion } from './suggest';

/**
 * A component's props, checked one way wherever it is used: the story linter checks each
 * component it finds in an MDX story (with the story's file and line), and each component checks
 * its own props when it renders (so a use from an .astro page is checked too). Both speak through
 * `propProblems`, so an author reads the same words from either.
 */

/** Components an MDX story may use; each is documented in AUTHORING.md and at /authoring/. */
export const storyComponents = {
  Chart: chartPropsSchema,
  Cite: citePropsSchema,
  Num: numPropsSchema,
  Doc: docPropsSchema,
  Scrolly: scrollyPropsSchema,
  Step: stepPropsSchema,
  HowWeKnow: howWeKnowPropsSchema,
  ReactiveRate: reactiveRatePropsSchema,
} as const satisfies Record<string, z.ZodType>;

export type StoryComponent = keyof typeof storyComponents;

/** A problem with one prop: what is wrong, and how to fix it. */
export interface PropProblem {
  problem: string;
  fix: string;
}

/** Props a component takes, for hints: `source, quote` or, for charts, the chart's own params too. */
function propNames(name: string, props: Readonly<Record<string, unknown>>): string[] {
  if (name === 'Chart') {
    const params = charts[props.id as ChartId]?.params;
    return [...chartBasePropNames, ...(params ? fieldsAt(params) : [])];
  }
  const schema = storyComponents[name as StoryComponent];
  return schema ? fieldsAt(schema) : [];
}

/** A prop problem in words an author can act on: which prop, what was expected, the nearest valid value. */
function propIssueText(name: string, props: Readonly<Record<string, unknown>>, issue: z.core.$ZodIssue): PropProblem {
  const reference = `props of <${name}> are listed at /authoring/#${name.toLowerCase()} and in AUTHORING.md`;
  if (issue.code === 'unrecognized_keys') {
    const [key = ''] = issue.keys;
    return { problem: `unknown prop "${key}"`, fix: `${suggestion(key, propNames(name, props), 'prop')}; ${reference}` };
  }
  const prop = issue.path.map(String).join('.');
  const input = issue.input;
  // A missing prop is missing whatever type or values it takes ("format" is one of a list).
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && input === undefined) {
    return { problem: `missing prop "${prop}"`, fix: `<${name}> needs ${prop}="…"; ${reference}` };
  }
  if (issue.code === 'invalid_value') {
    const values = issue.values.map(String);
    // Among one-character values ("0", "1", "2") every typo is equally near: no guess then.
    const near = typeof input === 'string' && input.length > 2 ? nearest(input, values) : undefined;
    return {
      problem: `prop "${prop}": ${JSON.stringify(input)} is not allowed; expected one of ${values.map((v) => `"${v}"`).join(', ')}`,
      fix: near ? `did you mean ${prop}="${near}"?` : reference,
    };
  }
  if (issue.code === 'custom') {
    // Chart checks write "unknown chart id "x": did you mean "y"? …": the suggestion becomes the fix.
    const [problem = issue.message, hint] = issue.message.split(/: (?=did you mean|valid )/);
    return { problem, fix: hint ? `${hint}; ${reference}` : reference };
  }
  return { problem: `prop "${prop}": ${describeIssue(issue)}`, fix: reference };
}

/** Checks a component's props: the parsed props, or one problem per mistake (one per unknown prop). */
export function checkProps<S extends z.ZodType>(
  name: string,
  schema: S,
  props: Readonly<Record<string, unknown>>,
): { ok: true; data: z.output<S> } | { ok: false; problems: PropProblem[] } {
  const result = validate(schema, props);
  if (result.success) return { ok: true, data: result.data };
  const problems = result.error.issues.flatMap((issue) => {
    // One problem per unknown prop, so each gets its own "did you mean".
    const single = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ({ ...issue, keys: [key] })) : [issue];
    return single.map((one) => propIssueText(name, props, one));
  });
  return { ok: false, problems };
}

/** A story component's use with its props parsed, typed by the component's name. */
export type CheckedUse = { [N in StoryComponent]: { name: N; data: z.output<(typeof storyComponents)[N]> } }[StoryComponent];

/** Checks the props of one of the story components; the result narrows on `use.name`. */
export function checkUse(
  name: StoryComponent,
  props: Readonly<Record<string, unknown>>,
): { ok: true; use: CheckedUse } | { ok: false; problems: PropProblem[] } {
  const checked = checkProps(name, storyComponents[name], props);
  // The schema was picked by the same name, so the data is that component's.
  return checked.ok ? { ok: true, use: { name, data: checked.data } as CheckedUse } : checked;
}

/**
 * Where a component is used. A use can name its file and line with a `where` prop
 * (`src/pages/method.astro:42`); otherwise a story's page names the story's file, and any other
 * page its path (`page /method/`), which is all a component learns about its caller. (In a story
 * the linter has already checked every prop with the line, before any page is built.)
 */
export interface PropsPlace {
  component: string;
  file: string;
  line?: number;
}

/** The place of a component's use, from its optional `where` prop and the path of the page being built. */
export function propsPlace(component: string, where: unknown, pathname: string): PropsPlace {
  const match = typeof where === 'string' ? /^(.+?)(?::(\d+))?$/.exec(where) : null;
  if (match?.[1]) return match[2] ? { component, file: match[1], line: Number(match[2]) } : { component, file: match[1] };
  const story = /\/stories\/([^/]+)\/$/.exec(pathname)?.[1];
  return { component, file: story ? `content/stories/${story}.mdx` : `page ${pathname}` };
}

/** An author-facing error at a component's use: `file:line (<Num>): problem → fix`. */
export function propsError(place: PropsPlace, problem: string, fix?: string): ContentError {
  const what = `<${place.component}>`;
  return new ContentError(place.file, place.line ? { line: place.line, what } : what, problem, fix);
}

/**
 * Checks a component's props as it renders and returns them parsed, or throws every problem as
 * one ContentErrors, so a bad prop stops the build with the place and the fix instead of a zod
 * dump. Astro's own props (scoped-style `data-astro-*`) and the `where` marker are not the
 * component's to check. `props` is `Astro.props` as the component declares it (any object).
 */
export function parseProps<S extends z.ZodType>(schema: S, props: object, place: PropsPlace): z.output<S> {
  const own = Object.fromEntries(
    Object.entries(props).filter(([key, value]) => key !== 'where' && !key.startsWith('data-astro-') && value !== undefined),
  );
  const checked = checkProps(place.component, schema, own);
  if (checked.ok) return checked.data;
  throw new ContentErrors(checked.problems.map(({ problem, fix }) => propsError(place, problem, fix)));
}
