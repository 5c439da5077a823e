import { z } from 'astro/zod';
import { citationsSchema, isoDateSchema, partnerCodeSchema, slugSchema } from '../common';
import { datasetFileSchema } from '../dataset';

/** What kind of step in the talks a record is. */
export const negotiationKindSchema = z.enum([
  /** A numbered or named negotiating round, ministerial or higher. */
  'round',
  /** Talks or a meeting that is not a numbered round. */
  'talks',
  /** A date by which something had to happen (the end of a pause or a truce). */
  'deadline',
  /** An order or statement that moved a deadline. */
  'extension',
  /** A deal, framework or joint statement that names terms. */
  'deal',
  /** An order or notice that puts a deal into the tariff schedule. */
  'implementation',
]);

/** One dated step in the 2025 tariff negotiations. */
export const negotiationEventSchema = z
  .strictObject({
    /** Stable id, e.g. "cn-2025-05-10-geneva". */
    id: slugSchema,
    /** The partner; null for steps that concern every reciprocal-tariff partner (the pause deadlines). */
    partner: partnerCodeSchema.nullable(),
    kind: negotiationKindSchema,
    /** Short label for a timeline, e.g. "Geneva talks". */
    label: z.string().min(3).max(60),
    /** First day of the event, or the deadline day. */
    date: isoDateSchema,
    /** Last day when the event ran over several days; null for one day. */
    endDate: isoDateSchema.nullable(),
    /** How exact `date` is: the day itself, some day in that week, or that month. */
    datePrecision: z.enum(['day', 'week', 'month']),
    /** `stated`: the source gives the date; `inferred`: we worked it out (see dateNote). */
    dateBasis: z.enum(['stated', 'inferred']),
    /** How an inferred date was worked out; null for stated dates. */
    dateNote: z.string().min(10).nullable(),
    /** Day the event was announced or reported, when that is earlier than the event; null otherwise. */
    announced: isoDateSchema.nullable(),
    /** `held` or `planned` (as reported, not confirmed) for meetings; `passed`, `extended` for deadlines; `issued` for documents. */
    status: z.enum(['held', 'planned', 'passed', 'extended', 'issued']),
    /** City, when the sources name one. */
    place: z.string().min(2).nullable(),
    /** Round number for numbered ministerial rounds. */
    round: z.number().int().positive().max(100, 'a round number is 1 to 100: check for a typo').nullable(),
    /** What happened, in our words. */
    summary: z.string().min(20),
    /** Where sources disagree or something is unverified. */
    note: z.string().min(10).nullable(),
    citations: citationsSchema,
  })
  .superRefine((event, ctx) => {
    if (event.endDate && event.endDate < event.date) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: `endDate ${event.endDate} is before the start date ${event.date}` });
    }
    if (event.announced && event.announced > event.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['announced'],
        message: `announced ${event.announced} is after the event date ${event.date}; expected the day it was announced, on or before the event`,
      });
    }
    if (event.dateBasis === 'inferred' && event.dateNote === null) {
      ctx.addIssue({ code: 'custom', path: ['dateNote'], message: 'an inferred date needs a dateNote saying how it was worked out' });
    }
    if (event.round !== null && event.kind !== 'round') {
      ctx.addIssue({ code: 'custom', path: ['round'], message: `only a "round" has a round number, but kind is "${event.kind}"` });
    }
  });

export const negotiationsSchema = datasetFileSchema(negotiationEventSchema);

export type NegotiationEvent = z.output<typeof negotiationEventSchema>;
export type Negotiations = z.output<typeof negotiationsSchema>;
