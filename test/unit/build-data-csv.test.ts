// build-data reads the Census CSV transcriptions with a real CSV parser: names carry quoted commas.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/build-data';

describe('build-data CSV', () => {
  it('keeps a quoted name with a comma in one cell', () => {
    const rows = parseCsv(readFileSync('test/fixtures/census-trade.csv', 'utf8'), 'census-trade.csv');
    expect(rows.map((r) => r.country_name)).toEqual(['Korea, South', 'European Union', 'Hong Kong, China "SAR"']);
    expect(rows[0]).toMatchObject({ country_code: 'KOR', census_cty_code: '5800', balance_musd: '-66007.6' });
  });

  it('names the file and line of a row with a missing cell', () => {
    expect(() => parseCsv('a,b,c\n1,2,3\n4,5\n', 'x.csv')).toThrow('x.csv:3: expected 3 cells, found 2');
  });
});
