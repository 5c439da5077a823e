import type { z } from 'astro/zod';
import { claimsSchema } from './claims';
import { ieepaRefundsSchema } from './ieepa-refunds';
import { koreaExposureDatasetSchema } from './korea-exposure';
import { negotiationsSchema } from './negotiations';
import { reciprocalRatesSchema } from './reciprocal-rates';
import { referencesSchema } from './references';
import { sectorTariffsSchema } from './sector-tariffs';
import { tariffAveragesSchema } from './tariff-averages';
import { tradeActionsSchema } from './trade-actions';
import { tradeBalanceAnnualSchema } from './trade-balance-annual';
import { tradeBalanceMonthlySchema } from './trade-balance-monthly';
import { tradeTotalsSchema } from './trade-totals';
import { usChinaTariffsSchema } from './us-china-tariffs';

/**
 * Every dataset in `content/data/`, by id (= file name). A JSON file without an entry here
 * fails the build: a dataset nobody declared has no schema to be checked against.
 */
export const datasetSchemas = {
  references: referencesSchema,
  'us-china-tariffs': usChinaTariffsSchema,
  'reciprocal-rates': reciprocalRatesSchema,
  'sector-tariffs': sectorTariffsSchema,
  'trade-balance-annual': tradeBalanceAnnualSchema,
  'trade-balance-monthly': tradeBalanceMonthlySchema,
  negotiations: negotiationsSchema,
  'korea-exposure': koreaExposureDatasetSchema,
  claims: claimsSchema,
  'ieepa-refunds': ieepaRefundsSchema,
  'trade-totals': tradeTotalsSchema,
  'trade-actions': tradeActionsSchema,
  'tariff-averages': tariffAveragesSchema,
} as const satisfies Record<string, z.ZodType>;

export type DatasetId = keyof typeof datasetSchemas;
export type DatasetOf<Id extends DatasetId> = z.output<(typeof datasetSchemas)[Id]>;
export const datasetIds = Object.keys(datasetSchemas) as DatasetId[];
