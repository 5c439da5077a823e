import { z } from 'astro/zod';
import { datasetFileSchema } from '../dataset';
import { checkBalance, tradeRowFields } from '../trade-vintage';

/** US goods trade with one partner in one calendar year, in one Census release. */
export const tradeBalanceAnnualRowSchema = z
  .strictObject({
    ...tradeRowFields,
    /** Calendar year: 2015–2025, and from 1985 for China's April 2025 release (see content/data/README.md). */
    year: z.number().int().min(1985, 'the dataset covers 1985–2025').max(2025, 'the dataset covers 1985–2025'),
  })
  .superRefine(checkBalance);

export const tradeBalanceAnnualSchema = datasetFileSchema(tradeBalanceAnnualRowSchema);

export type TradeBalanceAnnualRow = z.output<typeof tradeBalanceAnnualRowSchema>;
export type TradeBalanceAnnual = z.output<typeof tradeBalanceAnnualSchema>;
