import { z } from 'astro/zod';
import { citationsSchema, outOfRange, partnerCodeSchema, rangeForUnit, slugSchema } from '../common';
import { datasetFileSchema } from '../dataset';

/** How a claim compares with the official record. */
export const verdictSchema = z.enum([
  /** The official figure says the same, allowing for the rounding the article uses. */
  'matches',
  /** The official figure says something else; `reason` says why that is likely. */
  'differs',
  /** A forecast or target that the outcome went beyond ("on track to cut $50 billion"; it fell $94.4 billion). */
  'exceeded',
  /** A forecast or target that the outcome did not reach. */
  'fell-short',
  /** The claim can be read two ways; `note` says which reading we take and how each fares. */
  'ambiguous',
  /** Nothing in our data or documents measures the same thing. */
  'not-checkable',
]);

/** Why a claim and the official figure differ. */
export const differenceReasonSchema = z.enum([
  /** Another release of the same statistic (Census revises every June). */
  'vintage',
  /** Another measure: goods vs goods and services, partner-reported exports vs US imports. */
  'measure',
  /** The article rounds or truncates. */
  'rounding',
  /** Another convention for a date, e.g. the last day before a deadline vs the deadline itself. */
  'timing',
  /** The article is wrong on a point the documents settle. */
  'error',
]);

/** The number as the article states it. */
export const claimedValueSchema = z.strictObject({
  /** The number, e.g. 295 for "$295 billion"; null when the claim is not a single number ("record high"). */
  value: z.number().nullable(),
  /** Its unit, e.g. "US$ billions", "percent", "date". */
  unit: z.string().min(2),
  /** The claim in a few words of our own. */
  text: z.string().min(5),
});

/** What the official record says about the same thing, pointing at the record that holds it. */
export const officialValueSchema = z.strictObject({
  /** The official figure in the record's own units, or an ISO date for date claims; null when the verdict rests on a document alone. */
  value: z.union([z.number(), z.string().min(1)], { error: "expected a number (in the record's units) or an ISO date string" }).nullable(),
  /** Unit of `value`, e.g. "US$ millions". */
  unit: z.string().min(2),
  /** Id of the dataset holding the figure, e.g. "trade-balance-annual"; null for a document alone. */
  dataset: slugSchema.nullable(),
  /** Id of the record in that dataset. */
  record: slugSchema.nullable(),
  /** Field of that record, dotted for nested fields, e.g. "balance" or "eo14326.rate". */
  field: z.string().min(2).nullable(),
  /** The official statement in a few words. */
  text: z.string().min(5),
});

/** Each figure must lie in the plausible range of its unit (percent, US$ millions, a count…). */
function checkRanges(
  claim: { claimed: { value: unknown; unit: string }; official: { value: unknown; unit: string } | null },
  ctx: z.RefinementCtx,
) {
  for (const key of ['claimed', 'official'] as const) {
    const figure = claim[key];
    if (typeof figure?.value !== 'number') continue;
    const range = rangeForUnit(figure.unit);
    if (figure.value < range.min || figure.value > range.max)
      ctx.addIssue({ code: 'custom', path: [key, 'value'], message: outOfRange(range, figure.value) });
  }
}

/** One numeric claim in a source article, checked against official data. */
export const claimSchema = z
  .strictObject({
    /** Stable id, e.g. "stockholm-china-deficit-295". */
    id: slugSchema,
    /** Id of the source article the claim is in (its quote is among the citations); null for a claim made in a statement (`madeIn`). */
    source: slugSchema.nullable(),
    /**
     * For a claim made outside our articles, in a statement, post or release: its id in references.json,
     * cited among the citations (quoted when its text is held). Null for a claim in a source article.
     */
    madeIn: slugSchema.nullable().default(null),
    /** The partner the claim is about; null for claims about several or none. */
    partner: partnerCodeSchema.nullable(),
    claimed: claimedValueSchema,
    /** The official figure; null when the claim is not checkable from our data. */
    official: officialValueSchema.nullable(),
    verdict: verdictSchema,
    /** For `differs`: the likely reason; null otherwise. */
    reason: differenceReasonSchema.nullable(),
    /** The comparison in a sentence or two: what matches, what differs and why. */
    note: z.string().min(10),
    /** The article's sentence first, then the official documents. */
    citations: citationsSchema,
  })
  .superRefine((claim, ctx) => {
    checkRanges(claim, ctx);
    if (claim.verdict === 'differs' && claim.reason === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'a claim that differs needs the likely reason: vintage, measure, rounding, timing or error',
      });
    }
    if (claim.verdict !== 'differs' && claim.reason !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: `only a claim that differs has a reason; verdict is "${claim.verdict}", so expected null`,
      });
    }
    if (claim.verdict !== 'not-checkable' && claim.verdict !== 'ambiguous' && claim.official === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['official'],
        message: `a claim judged "${claim.verdict}" needs the official figure it was compared with`,
      });
    }
    if (claim.verdict === 'not-checkable' && claim.official !== null) {
      ctx.addIssue({ code: 'custom', path: ['official'], message: 'a claim that is not checkable has no official figure: expected null' });
    }
    const o = claim.official;
    if (o && (o.dataset === null) !== (o.record === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['official', 'record'],
        message: 'expected dataset and record together (both set or both null)',
      });
    }
    if (o && o.record !== null && (o.field === null || o.value === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['official', 'field'],
        message: 'a pointer to a record needs the field and the value it holds',
      });
    }
    // A claim comes from exactly one place: an article (quoted) or a statement (cited).
    if ((claim.source === null) === (claim.madeIn === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message:
          claim.source === null
            ? 'expected where the claim was made: "source" (an article id) or "madeIn" (a reference id for a statement)'
            : `a claim is made in one place: "source" is "${claim.source}" and "madeIn" is "${claim.madeIn}"; set the other to null`,
      });
      return;
    }
    if (claim.source !== null && !claim.citations.some((c) => 'source' in c && c.source === claim.source)) {
      ctx.addIssue({
        code: 'custom',
        path: ['citations'],
        message: `expected a quote from the claim's source "${claim.source}": { "source": "${claim.source}", "quote": "<the article's words>" }`,
      });
    }
    if (claim.madeIn !== null && !claim.citations.some((c) => 'doc' in c && c.doc === claim.madeIn)) {
      ctx.addIssue({
        code: 'custom',
        path: ['citations'],
        message: `expected the statement the claim was made in among the citations: { "doc": "${claim.madeIn}" }`,
      });
    }
  });

export const claimsSchema = datasetFileSchema(claimSchema);

export type Claim = z.output<typeof claimSchema>;
export type Claims = z.output<typeof claimsSchema>;
