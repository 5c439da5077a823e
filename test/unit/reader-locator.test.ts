import { describe, expect, it } from 'vitest';
import { readerLocator } from '../../src/site/citations';

describe('readerLocator', () => {
  it('drops the pipeline’s file names, field names and array positions', () => {
    expect(
      readerLocator(
        'release fetched about October 2026 (after the June 2026 annual revision), trade_by_country_2025_selected.json, country_code CHN, exports[11] and imports[11]',
      ),
    ).toBe('release fetched about October 2026 (after the June 2026 annual revision)');
    expect(readerLocator('trade_by_country_2025_selected.json, May 2025 imports')).toBe('May 2025 imports');
    expect(readerLocator('sheet "country", CTY_CODE 5700, year 2018, IOCT')).toBe('sheet "country", year 2018');
  });

  it('keeps locators a reader can follow', () => {
    expect(readerLocator('Annex I, row "Viet Nam"')).toBe('Annex I, row "Viet Nam"');
    expect(readerLocator('sec. 3(a): 10% on all trading partners from 5 April 2025')).toBe(
      'sec. 3(a): 10% on all trading partners from 5 April 2025',
    );
    expect(readerLocator('sheet "Exhibit 1", rows 5, 6')).toBe('sheet "Exhibit 1", rows 5, 6');
  });
});
