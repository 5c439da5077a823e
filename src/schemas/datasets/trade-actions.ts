import { z } from 'astro/zod';
import { citationsSchema, isoDateSchema, partnerCodeSchema, percentSchema, slugSchema } from '../common';
import { datasetFileSchema } from '../dataset';

/** The law a trade action rests on. */
export const tradeLawSchema = z.enum([
  /** International Emergency Economic Powers Act. */
  'ieepa',
  /** Section 122 of the Trade Act of 1974 (balance of payments). */
  'section-122',
  /** Section 301 of the Trade Act of 1974 (unfair practices). */
  'section-301',
  /** Section 232 of the Trade Expansion Act of 1962 (national security), for findings without a rate. */
  'section-232',
  /** Section 201 of the Trade Act of 1974 (safeguards). */
  'section-201',
  /** Section 338 of the Tariff Act of 1930 (discrimination against US commerce). */
  'section-338',
  /** Customs law on low-value shipments (de minimis). */
  'de-minimis',
  /** A partner's own law or measure. */
  'partner',
]);

/** What kind of step an action is. */
export const tradeActionKindSchema = z.enum([
  'investigation',
  'determination',
  'proclamation',
  'order',
  'ruling',
  'vote',
  'bill',
  'suspension',
  'commitment',
  /** A rate announced in public but not (or not as announced) imposed. */
  'announcement',
  /** What the sources do not settle: shown on the site as not known. */
  'not-known',
]);

/**
 * One dated US trade action or legal step from August 2025 to November 2026 that is not a rate in
 * the other datasets: investigations, determinations, votes in Congress, suspensions, the Section
 * 338 duties on Canada, the de minimis order, China's commitments at Busan.
 */
export const tradeActionSchema = z
  .strictObject({
    /** Stable id, e.g. "s301-forced-labor-2026-03-12". */
    id: slugSchema,
    /** Day of the action (signed, opened, voted, ruled). */
    date: isoDateSchema,
    /** Day it applies to entries from, when that differs; null otherwise. */
    effective: isoDateSchema.nullable(),
    kind: tradeActionKindSchema,
    law: tradeLawSchema,
    /** The partner it concerns; null for actions on many partners. */
    partner: partnerCodeSchema.nullable(),
    /** Short label, e.g. "Forced-labor investigations". */
    label: z.string().min(3).max(60),
    /** A rate it sets or proposes, in percent; null when none. */
    rate: percentSchema.nullable(),
    /** What happened, in our words. */
    summary: z.string().min(20),
    /** Where sources disagree, or what is not known about the outcome. */
    note: z.string().min(10).nullable(),
    citations: citationsSchema,
  })
  .superRefine((a, ctx) => {
    if (a.effective && a.effective < a.date) {
      ctx.addIssue({ code: 'custom', path: ['effective'], message: `effective ${a.effective} is before the action on ${a.date}` });
    }
  });

export const tradeActionsSchema = datasetFileSchema(tradeActionSchema);
export type TradeAction = z.output<typeof tradeActionSchema>;
