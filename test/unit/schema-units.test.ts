import { describe, expect, it } from 'vitest';
import { recordUnits } from '../../src/provenance/schema-units';
import { datasetSchemas } from '../../src/schemas/datasets';

describe('units in download headers', () => {
  it('finds percent fields, including nested and nullable ones', () => {
    const units = recordUnits(datasetSchemas['us-china-tariffs']);
    expect(units.get('rate')).toBe('%');
    expect(units.get('components.fentanyl')).toBe('%');
    expect(units.get('components.reciprocal')).toBe('%');
    expect(units.has('announced')).toBe(false);
  });

  it('finds money fields in US$ millions', () => {
    const units = recordUnits(datasetSchemas['trade-balance-annual']);
    expect(units.get('balance')).toBe('US$ millions');
    expect(units.get('imports')).toBe('US$ millions');
    expect(recordUnits(datasetSchemas['reciprocal-rates']).get('formula.imports2024')).toBe('US$ millions');
  });
});
