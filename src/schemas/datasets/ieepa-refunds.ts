import { z } from 'zod';
import { citationsSchema, isoDateSchema, slugSchema } from '../common';
import { datasetFileSchema } from '../dataset';

/** What a figure about the refunds of IEEPA duties measures. */
export const refundMeasureSchema = z.enum([
  /** IEEPA duties and deposits paid by importers, the most that could be refunded. */
  'collected',
  /** The refund system opened (a date, no amount). */
  'system-opens',
  /** Refunds the first phase of the refund system could process. */
  'eligible',
  /** Refunds importers had claimed through the system. */
  'submitted',
  /** Refunds CBP had certified and sent to the Treasury for payment. */
  'certified',
  /** Refunds actually paid to importers. */
  'paid',
]);

/** One dated figure about the refunds of the IEEPA duties after the Supreme Court ruling. */
export const ieepaRefundSchema = z
  .strictObject({
    /** Stable id, e.g. "collected-2026-03-06". */
    id: slugSchema,
    /** Day the figure was reported to the court or published. */
    date: isoDateSchema,
    measure: refundMeasureSchema,
    /** US$ millions; null for a date without an amount, or when the figure was not found. */
    value: z.number().positive().nullable(),
    /** `reported`: a report gives it; `not-found`: no report read gives it, and the site says it does not know. */
    status: z.enum(['reported', 'not-found']),
    /** What the figure is, in our words. */
    text: z.string().min(10),
    /** The report's own words, as the project's reference notes record them. Not checked by the build: the report's text is not held. */
    reportedAs: z.string().min(5).nullable(),
    /** Where reports disagree; null when they do not. */
    disagreement: z.string().min(10).nullable(),
    /** The official filing or system the figure comes from (known through reports: see its readVia). */
    citations: citationsSchema,
  })
  .superRefine((record, ctx) => {
    if (record.status === 'not-found' && record.value !== null) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a figure that was not found has no value: expected null' });
    }
    if (record.status === 'reported' && record.measure !== 'system-opens' && record.value === null) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a reported amount needs its value in US$ millions' });
    }
  });

export const ieepaRefundsSchema = datasetFileSchema(ieepaRefundSchema);
export type IeepaRefund = z.output<typeof ieepaRefundSchema>;
