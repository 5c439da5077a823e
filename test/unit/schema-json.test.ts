// Schema introspection through zod's public JSON Schema export (src/provenance/schema-json.ts),
// on a fixture schema: the field lists behind "did you mean", the authoring reference and units.
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { fieldsAt } from '../../src/provenance/schema-json';
import { recordUnits } from '../../src/provenance/schema-units';
import { describeFields } from '../../src/site/schema-docs';

const citation = z.union([
  z.strictObject({ source: z.string(), quote: z.string() }),
  z.strictObject({ doc: z.string(), locator: z.string() }),
]);
const millions = z.number().meta({ unit: 'US$ millions' });
const dataset = z.strictObject({
  id: z.string(),
  records: z.array(
    z.strictObject({
      id: z.string(),
      rate: z.number().meta({ unit: '%' }),
      imports: millions.nullable(),
      exports: millions.nullable().default(null),
      parts: z.strictObject({ steel: z.number().meta({ unit: '%' }).optional() }),
      citations: z.array(citation),
    }),
  ),
});

describe('fields of a schema, read from its JSON Schema', () => {
  it('lists an object’s fields at a data path, through lists and unions', () => {
    expect(fieldsAt(dataset)).toEqual(['id', 'records']);
    expect(fieldsAt(dataset, ['records', 3])).toEqual(['id', 'rate', 'imports', 'exports', 'parts', 'citations']);
    expect(fieldsAt(dataset, ['records', 0, 'citations', 1])).toEqual(['source', 'quote', 'doc', 'locator']);
    expect(fieldsAt(dataset, ['records', 0, 'nope'])).toEqual([]);
  });

  it('finds units declared with .meta(), on nested, nullable and defaulted fields', () => {
    expect(Object.fromEntries(recordUnits(dataset))).toEqual({
      rate: '%',
      imports: 'US$ millions',
      exports: 'US$ millions',
      'parts.steel': '%',
    });
  });

  it('documents each field: required or not, its type, values and default', () => {
    const schema = z.strictObject({
      title: z.string().min(5),
      format: z.enum(['percent', 'billions']),
      kind: z.literal('story'),
      order: z.number().int(),
      draft: z.boolean().default(false),
      url: z.url().nullable(),
      day: z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.iso.date()),
      sources: z.array(z.string()),
      note: z.string().optional(),
    });
    expect(describeFields(schema, { title: 'Headline.' })).toEqual([
      { name: 'title', required: true, type: 'text', description: 'Headline.' },
      { name: 'format', required: true, type: 'one of the values', values: ['percent', 'billions'] },
      { name: 'kind', required: true, type: 'exactly', values: ['story'] },
      { name: 'order', required: true, type: 'number' },
      { name: 'draft', required: false, type: 'true or false', defaultValue: 'false' },
      { name: 'url', required: false, type: 'URL' },
      { name: 'day', required: true, type: 'date, YYYY-MM-DD' },
      { name: 'sources', required: true, type: 'list of text' },
      { name: 'note', required: false, type: 'text' },
    ]);
  });
});
