import { describe, expect, it } from 'vitest';
import { readerNote } from '../../src/site/reader-note';

const titles = new Map([
  ['us-china-tariffs', 'US and Chinese additional tariffs, 2025'],
  ['korea-exposure', 'South Korea’s exposure to US tariffs'],
  ['reciprocal-rates', 'Reciprocal tariff rates by partner'],
  ['negotiations', 'Tariff talks by partner'],
]);

describe('readerNote', () => {
  it('names datasets by title and drops record ids', () => {
    expect(readerNote('The rate set after Geneva was 30% (see us-china-tariffs, us-2025-05-14).', titles)).toBe(
      'The rate set after Geneva was 30% (see our dataset “US and Chinese additional tariffs, 2025”).',
    );
    expect(readerNote('The figure is kept with its sentence in korea-exposure (hmg-us-sales-2024).', titles)).toBe(
      'The figure is kept with its sentence in our dataset “South Korea’s exposure to US tariffs”.',
    );
    expect(readerNote('was 15% (EO 14326; see reciprocal-rates).', titles)).toBe(
      'was 15% (EO 14326; see our dataset “Reciprocal tariff rates by partner”).',
    );
  });

  it('leaves ordinary words alone', () => {
    expect(readerNote('The negotiations dataset has three US–China meetings.', titles)).toBe(
      'The negotiations dataset has three US–China meetings.',
    );
  });
});
