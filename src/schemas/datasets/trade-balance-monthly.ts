import { z } from 'astro/zod';
import { datasetFileSchema } from '../dataset';
import { checkBalance, tradeRowFields } from '../trade-vintage';

/** US goods trade with one partner in one month, in one Census release. */
export const tradeBalanceMonthlyRowSchema = z
  .strictObject({
    ...tradeRowFields,
    /** Calendar year. */
    year: z.number().int().min(2024, 'the dataset covers 2024–2025').max(2025, 'the dataset covers 2024–2025'),
    /** Month, 1–12. */
    month: z.number().int().min(1, 'a month is 1 to 12').max(12, 'a month is 1 to 12'),
  })
  .superRefine(checkBalance);

export const tradeBalanceMonthlySchema = datasetFileSchema(tradeBalanceMonthlyRowSchema);

export type TradeBalanceMonthlyRow = z.output<typeof tradeBalanceMonthlyRowSchema>;
export type TradeBalanceMonthly = z.output<typeof tradeBalanceMonthlySchema>;
