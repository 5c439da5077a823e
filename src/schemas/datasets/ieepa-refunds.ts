import { z } from 'astro/zod';
import { citationsSchema, isoDateSchema, slugSchema } from '../common';
import { datasetFileSchema } from '../dataset';

/** What a refund figure measures. */
export const refundMeasureSchema = z.enum([
  /** IEEPA duties and deposits collected before collection stopped. */
  'collected',
  /** Refunds the claim system was built to handle in a phase. */
  'eligible',
  /** Refunds importers had submitted through the claim system. */
  'submitted',
  /** Refunds certified and sent to the Treasury for payment. */
  'certified',
  /** A step with no amount: an order, a system opening. */
  'step',
  /** A figure the sources do not give: shown on the site as not known. */
  'not-known',
]);

/** One dated step or figure in the refund of IEEPA duties after the Supreme Court ruling. */
export const ieepaRefundSchema = z
  .strictObject({
    /** Stable id, e.g. "cape-2026-04-20". */
    id: slugSchema,
    /** Day of the step, or the day the figure was given. */
    date: isoDateSchema,
    measure: refundMeasureSchema,
    /** Short label, e.g. "Refund system opens". */
    label: z.string().min(3).max(60),
    /** Amount in US$ millions, as reported (so `<Num format="billions">` writes it); null for steps and for what is not known. */
    amount: z.number().positive().nullable().meta({ unit: 'US$ millions' }),
    /** `about` when the source rounds ("about $166 billion"); null when there is no amount. */
    qualifier: z.enum(['exact', 'about']).nullable(),
    /** What happened, in our words. */
    summary: z.string().min(20),
    /** Where sources disagree or a figure is unverified. */
    note: z.string().min(10).nullable(),
    citations: citationsSchema,
  })
  .superRefine((record, ctx) => {
    const needsAmount = !['step', 'not-known'].includes(record.measure);
    if (needsAmount !== (record.amount !== null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        message: needsAmount ? `a "${record.measure}" figure needs its amount` : `a "${record.measure}" record has no amount; use null`,
      });
    }
    if ((record.amount === null) !== (record.qualifier === null)) {
      ctx.addIssue({ code: 'custom', path: ['qualifier'], message: 'expected a qualifier exactly when there is an amount' });
    }
  });

export const ieepaRefundsSchema = datasetFileSchema(ieepaRefundSchema);
export type IeepaRefund = z.output<typeof ieepaRefundSchema>;
