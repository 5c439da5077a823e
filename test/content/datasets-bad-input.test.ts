// Bad input must fail the build with the file, the record id, the field and what was expected.
// Each case mutates one committed dataset in memory and checks the message the author would see.
import { describe, expect, it } from 'vitest';
import { at, problems, rawDataset } from './datasets-support';

/** Index of a record in a committed dataset, so a case names its target by id. */
function indexOf(dataset: string, recordId: string): number {
  const index = (rawDataset(dataset).records as { id: string }[]).findIndex((r) => r.id === recordId);
  if (index < 0) throw new Error(`test setup: no record ${recordId} in ${dataset}`);
  return index;
}

/** Applies `mutate` to the record `recordId` of `dataset` and returns the messages. */
// biome-ignore lint/suspicious/noExplicitAny: the cases write wrong types on purpose.
function withRecord(dataset: string, recordId: string, mutate: (record: any, all: any[]) => void): string[] {
  const i = indexOf(dataset, recordId);
  return problems(dataset, (data) => mutate(data.records[i], data.records));
}

/** Exactly one message, at the expected place, saying what was expected. */
function expectOne(messages: string[], where: string, ...expected: string[]): void {
  const matching = messages.filter((m) => m.includes(where));
  expect(matching, `messages were:\n${messages.join('\n')}`).toHaveLength(1);
  for (const e of expected) expect(matching[0]).toContain(e);
}

describe('wrong types', () => {
  it('a rate written as a string', () => {
    const m = withRecord('reciprocal-rates', 'south-korea', (r) => {
      r.april2Rate = '25';
    });
    expectOne(
      m,
      at('reciprocal-rates', 'south-korea', indexOf('reciprocal-rates', 'south-korea'), 'april2Rate'),
      'expected a number of percent',
    );
  });

  it('a trade figure written as a string', () => {
    const m = withRecord('trade-balance-annual', 'cn-2024-as-published-2025-04', (r) => {
      r.exports = '143545.7';
    });
    expectOne(
      m,
      at(
        'trade-balance-annual',
        'cn-2024-as-published-2025-04',
        indexOf('trade-balance-annual', 'cn-2024-as-published-2025-04'),
        'exports',
      ),
      'expected exports as a number of US$ millions',
    );
  });

  it('a figure in the Korea essay written as text', () => {
    const m = withRecord('korea-exposure', 'exports-to-us-2024', (r) => {
      r.value = '$128.4 billion';
    });
    expectOne(
      m,
      at('korea-exposure', 'exports-to-us-2024', indexOf('korea-exposure', 'exports-to-us-2024'), 'value'),
      'expected a number, e.g. 128.4',
    );
  });

  it('a round number that is not a whole number', () => {
    const m = withRecord('negotiations', 'jp-2025-07-07-round-8', (r) => {
      r.round = 8.5;
    });
    expectOne(
      m,
      at('negotiations', 'jp-2025-07-07-round-8', indexOf('negotiations', 'jp-2025-07-07-round-8'), 'round'),
      'expected a whole number, got number 8.5',
    );
  });

  it('a date that is not ISO', () => {
    const m = withRecord('negotiations', 'cn-2025-05-10-geneva', (r) => {
      r.date = '10/05/2025';
    });
    expectOne(
      m,
      at('negotiations', 'cn-2025-05-10-geneva', indexOf('negotiations', 'cn-2025-05-10-geneva'), 'date'),
      'expected an ISO date like "2025-04-10"',
    );
  });

  it('an enum value that is not allowed, with a hint', () => {
    const m = withRecord('claims', 'stockholm-additional-30', (r) => {
      r.verdict = 'match';
    });
    expectOne(
      m,
      at('claims', 'stockholm-additional-30', indexOf('claims', 'stockholm-additional-30'), 'verdict'),
      'expected one of "matches", "differs", "exceeded", "fell-short", "ambiguous", "not-checkable"',
      'did you mean "matches"',
    );
  });

  it('a nested object replaced by a string', () => {
    const m = withRecord('reciprocal-rates', 'japan', (r) => {
      r.eo14326 = '15%';
    });
    expectOne(
      m,
      at('reciprocal-rates', 'japan', indexOf('reciprocal-rates', 'japan'), 'eo14326'),
      'expected an object { … }, got the string "15%"',
    );
  });
});

describe('missing and unknown fields', () => {
  it('a required field left out', () => {
    const m = withRecord('negotiations', 'cn-2025-06-09-london', (r) => {
      delete r.kind;
    });
    expectOne(
      m,
      at('negotiations', 'cn-2025-06-09-london', indexOf('negotiations', 'cn-2025-06-09-london'), 'kind'),
      'required field is missing',
      'expected one of "round"',
    );
  });

  it('an unknown field, with the nearest real one', () => {
    const m = withRecord('sector-tariffs', 'copper-2025-08-01', (r) => {
      r.rat = 50;
    });
    expectOne(
      m,
      at('sector-tariffs', 'copper-2025-08-01', indexOf('sector-tariffs', 'copper-2025-08-01'), 'rat'),
      'unknown field "rat" (did you mean "rate"?)',
      'expected only: id, sector',
    );
  });

  it('an unknown field in a nested object', () => {
    const m = withRecord('reciprocal-rates', 'vietnam', (r) => {
      r.eo14326.rates = 20;
    });
    expectOne(
      m,
      at('reciprocal-rates', 'vietnam', indexOf('reciprocal-rates', 'vietnam'), 'eo14326.rates'),
      'unknown field "rates" (did you mean "rate"?)',
      'expected only: basis, nameInEo, rate, rule',
    );
  });
});

describe('provenance', () => {
  it('a record with no citation', () => {
    const m = withRecord('sector-tariffs', 'steel-2025-06-04', (r) => {
      r.citations = [];
    });
    expectOne(
      m,
      at('sector-tariffs', 'steel-2025-06-04', indexOf('sector-tariffs', 'steel-2025-06-04'), 'citations'),
      'every record cites at least one source quote or official document',
    );
  });

  it('a citation that is neither a quote nor a document', () => {
    const m = withRecord('negotiations', 'cn-2025-08-12-deadline', (r) => {
      r.citations = [{ url: 'https://example.org' }];
    });
    expectOne(
      m,
      at('negotiations', 'cn-2025-08-12-deadline', indexOf('negotiations', 'cn-2025-08-12-deadline'), 'citations.0'),
      'not a valid citation',
      '{ "source": "<source id>", "quote": "<exact words>" } or { "doc": "<reference id>"',
    );
  });

  it('an unknown source', () => {
    const m = withRecord('negotiations', 'all-2025-05-us-priority-list', (r) => {
      r.citations[0].source = 'twenty-country-talk';
    });
    expectOne(
      m,
      at('negotiations', 'all-2025-05-us-priority-list', indexOf('negotiations', 'all-2025-05-us-priority-list'), 'citations.0'),
      'unknown source "twenty-country-talk"',
      'did you mean "twenty-country-talks"',
    );
  });

  it('a quote that is not in its source, with the closest passage', () => {
    const m = withRecord('korea-exposure', 'pharmaceutical-exports-2024', (r) => {
      r.citations[0].quote = 'exported $1.5 billion worth of pharmaceuticals to the United States in 2024';
    });
    expectOne(
      m,
      at('korea-exposure', 'pharmaceutical-exports-2024', indexOf('korea-exposure', 'pharmaceutical-exports-2024'), 'citations.0'),
      'quote not found in source "diplomat-korea-trade-deal"',
      'closest passage',
      '$1.4 billion',
    );
  });

  it('an unknown official document', () => {
    const m = withRecord('sector-tariffs', 'aluminum-2025-03-12', (r) => {
      r.citations[0].doc = 'proclamation-10859';
    });
    expectOne(
      m,
      at('sector-tariffs', 'aluminum-2025-03-12', indexOf('sector-tariffs', 'aluminum-2025-03-12'), 'citations.0'),
      'unknown document "proclamation-10859"',
      'did you mean "proclamation-10895"',
    );
  });

  it('a claim whose quote is from another source than the claim names', () => {
    const m = withRecord('claims', 'kyodo-14-percent', (r) => {
      r.source = 'japan-us-expediting';
    });
    expectOne(
      m,
      at('claims', 'kyodo-14-percent', indexOf('claims', 'kyodo-14-percent'), 'citations'),
      'expected a quote from the claim\'s source "japan-us-expediting"',
    );
  });

  it('a reference with neither URL nor readVia', () => {
    const m = withRecord('references', 'fr-2025-21940', (r) => {
      delete r.readVia;
    });
    expectOne(
      m,
      at('references', 'fr-2025-21940', indexOf('references', 'fr-2025-21940'), 'readVia'),
      'must say through which report it was read',
    );
  });
});

describe('ids', () => {
  it('a duplicate record id', () => {
    const m = problems('negotiations', (data) => {
      data.records[1].id = data.records[0].id;
    });
    const first = rawDataset('negotiations').records[0].id;
    expectOne(m, at('negotiations', first, 1, 'id'), 'duplicate id: records[0] has the same id');
  });

  it('an id that is not a slug', () => {
    const m = withRecord('sector-tariffs', 'autos-2025-04-03', (r) => {
      r.id = 'Autos 2025';
    });
    expectOne(
      m,
      at('sector-tariffs', 'Autos 2025', indexOf('sector-tariffs', 'autos-2025-04-03'), 'id'),
      'use lower-case letters, digits and single hyphens',
    );
  });

  it('a dataset id that does not match its file name', () => {
    const m = problems('korea-exposure', (data) => {
      data.id = 'korea';
    });
    expect(m.some((x) => x.includes('content/data/korea-exposure.json (field "id")') && x.includes('set "id": "korea-exposure"'))).toBe(
      true,
    );
  });
});

describe('dates', () => {
  it('an effective date before the announcement', () => {
    const m = withRecord('sector-tariffs', 'steel-2025-03-12', (r) => {
      r.effective = '2025-02-01';
    });
    expectOne(
      m,
      at('sector-tariffs', 'steel-2025-03-12', indexOf('sector-tariffs', 'steel-2025-03-12'), 'effective'),
      'effective date 2025-02-01 is before the announcement on 2025-02-10',
    );
  });

  it('an effective date before the announcement in a nested measure', () => {
    const m = withRecord('reciprocal-rates', 'india', (r) => {
      r.otherMeasure.effective = '2025-08-01';
    });
    expectOne(
      m,
      at('reciprocal-rates', 'india', indexOf('reciprocal-rates', 'india'), 'otherMeasure.effective'),
      'effective date 2025-08-01 is before the announcement on 2025-08-06',
    );
  });

  it('an effective date before the announcement in the US–China timeline', () => {
    const m = withRecord('us-china-tariffs', 'us-2025-04-10', (r) => {
      r.effective = '2025-04-08';
    });
    expectOne(
      m,
      at('us-china-tariffs', 'us-2025-04-10', indexOf('us-china-tariffs', 'us-2025-04-10'), 'effective'),
      'is before the announcement on 2025-04-09',
    );
  });

  it('an event that ends before it starts', () => {
    const m = withRecord('negotiations', 'cn-2025-07-28-stockholm', (r) => {
      r.endDate = '2025-07-27';
    });
    expectOne(
      m,
      at('negotiations', 'cn-2025-07-28-stockholm', indexOf('negotiations', 'cn-2025-07-28-stockholm'), 'endDate'),
      'endDate 2025-07-27 is before the start date 2025-07-28',
    );
  });

  it('an announcement after the event', () => {
    const m = withRecord('negotiations', 'jp-2025-07-07-round-8', (r) => {
      r.announced = '2025-07-10';
    });
    expectOne(
      m,
      at('negotiations', 'jp-2025-07-07-round-8', indexOf('negotiations', 'jp-2025-07-07-round-8'), 'announced'),
      'expected the day it was announced, on or before the event',
    );
  });

  it('an inferred date without its reasoning', () => {
    const m = withRecord('negotiations', 'kr-2025-06-23-talks', (r) => {
      r.dateNote = null;
    });
    expectOne(
      m,
      at('negotiations', 'kr-2025-06-23-talks', indexOf('negotiations', 'kr-2025-06-23-talks'), 'dateNote'),
      'an inferred date needs a dateNote',
    );
  });
});

describe('rates and figures', () => {
  it('a negative rate', () => {
    const m = withRecord('sector-tariffs', 'copper-2025-08-01', (r) => {
      r.rate = -50;
    });
    expectOne(
      m,
      at('sector-tariffs', 'copper-2025-08-01', indexOf('sector-tariffs', 'copper-2025-08-01'), 'rate'),
      'a rate cannot be negative',
    );
  });

  it('a negative rate in a nested object', () => {
    const m = withRecord('reciprocal-rates', 'thailand', (r) => {
      r.eo14326.rate = -19;
    });
    expectOne(m, at('reciprocal-rates', 'thailand', indexOf('reciprocal-rates', 'thailand'), 'eo14326.rate'), 'a rate cannot be negative');
  });

  it('a partner outside Annex I with a rate other than the 10% baseline', () => {
    const m = withRecord('reciprocal-rates', 'brazil', (r) => {
      r.april2Rate = 40;
    });
    expectOne(
      m,
      at('reciprocal-rates', 'brazil', indexOf('reciprocal-rates', 'brazil'), 'april2Rate'),
      'paid the 10% baseline',
      'april2Rate is 40',
    );
  });

  it('a US rate whose parts do not add up', () => {
    const m = withRecord('us-china-tariffs', 'us-2025-04-09', (r) => {
      r.components.reciprocal = 80;
    });
    expectOne(
      m,
      at('us-china-tariffs', 'us-2025-04-09', indexOf('us-china-tariffs', 'us-2025-04-09'), 'components'),
      'fentanyl 20 + reciprocal 80 + section122 0 + section301 0 = 100, but rate is 104',
    );
  });

  it('a 2025 total whose exports and imports do not give its balance', () => {
    const m = withRecord('trade-totals', 'goods-services-2025', (r) => {
      r.imports = 4_433_800;
    });
    expectOne(
      m,
      at('trade-totals', 'goods-services-2025', indexOf('trade-totals', 'goods-services-2025'), 'balance'),
      'should equal exports − imports',
    );
  });

  it('a Section 232 rate back-dated before its announcement without saying so', () => {
    const m = withRecord('sector-tariffs', 'autos-eu-2025-08-01', (r) => {
      r.retroactive = false;
    });
    expectOne(
      m,
      at('sector-tariffs', 'autos-eu-2025-08-01', indexOf('sector-tariffs', 'autos-eu-2025-08-01'), 'effective'),
      'set "retroactive": true',
    );
  });

  it('a balance that is not exports minus imports', () => {
    const m = withRecord('trade-balance-annual', 'cn-2024-revised-2026-10', (r) => {
      r.balance = -295401.6;
    });
    expectOne(
      m,
      at('trade-balance-annual', 'cn-2024-revised-2026-10', indexOf('trade-balance-annual', 'cn-2024-revised-2026-10'), 'balance'),
      'balance should equal exports − imports (-297047.7)',
    );
  });

  it('negative imports', () => {
    const m = withRecord('trade-balance-monthly', 'vn-2025-05-revised-2026-10', (r) => {
      r.imports = -15987.8;
    });
    expect(
      m.some(
        (x) =>
          x.includes(
            at(
              'trade-balance-monthly',
              'vn-2025-05-revised-2026-10',
              indexOf('trade-balance-monthly', 'vn-2025-05-revised-2026-10'),
              'imports',
            ),
          ) && x.includes('imports cannot be negative'),
      ),
    ).toBe(true);
  });

  it('a month out of range', () => {
    const m = withRecord('trade-balance-monthly', 'jp-2024-12-revised-2026-10', (r) => {
      r.month = 13;
    });
    expectOne(
      m,
      at('trade-balance-monthly', 'jp-2024-12-revised-2026-10', indexOf('trade-balance-monthly', 'jp-2024-12-revised-2026-10'), 'month'),
      'a month is 1 to 12',
    );
  });

  it('an unknown vintage', () => {
    const m = withRecord('trade-balance-annual', 'kr-2024-as-published-2025-04', (r) => {
      r.vintage = 'latest';
    });
    expectOne(
      m,
      at(
        'trade-balance-annual',
        'kr-2024-as-published-2025-04',
        indexOf('trade-balance-annual', 'kr-2024-as-published-2025-04'),
        'vintage',
      ),
      'unknown vintage "latest"',
      '"as-published-2025-04", "revised-2026-10"',
    );
  });

  it('a share above 100 percent', () => {
    const m = withRecord('korea-exposure', 'gm-korea-us-export-share', (r) => {
      r.value = 900;
    });
    expectOne(
      m,
      at('korea-exposure', 'gm-korea-us-export-share', indexOf('korea-exposure', 'gm-korea-us-export-share'), 'value'),
      'a share in percent is between 0 and 100',
    );
  });
});

describe('partners', () => {
  it('an unknown partner code', () => {
    const m = withRecord('reciprocal-rates', 'lesotho', (r) => {
      r.partner = 'LSO';
    });
    expectOne(
      m,
      at('reciprocal-rates', 'lesotho', indexOf('reciprocal-rates', 'lesotho'), 'partner'),
      'unknown partner code "LSO"',
      'ISO 3166 alpha-2',
    );
  });

  it('a partner code in lower case, with a hint', () => {
    const m = withRecord('trade-balance-annual', 'tw-2020-as-published-2025-04', (r) => {
      r.partner = 'tw';
    });
    expectOne(
      m,
      at(
        'trade-balance-annual',
        'tw-2020-as-published-2025-04',
        indexOf('trade-balance-annual', 'tw-2020-as-published-2025-04'),
        'partner',
      ),
      'unknown partner code "tw"',
      'did you mean "TW"?',
    );
  });

  it('an unknown partner code in a sector exception', () => {
    const m = withRecord('sector-tariffs', 'steel-gb-2025-06-04', (r) => {
      r.appliesTo = 'UK';
    });
    expectOne(
      m,
      at('sector-tariffs', 'steel-gb-2025-06-04', indexOf('sector-tariffs', 'steel-gb-2025-06-04'), 'appliesTo'),
      'unknown partner code "UK"',
    );
  });
});

describe('claims', () => {
  it('a claim that differs without a reason', () => {
    const m = withRecord('claims', 'diplomat-deficit-55-9', (r) => {
      r.reason = null;
    });
    expectOne(
      m,
      at('claims', 'diplomat-deficit-55-9', indexOf('claims', 'diplomat-deficit-55-9'), 'reason'),
      'needs the likely reason: vintage, measure, rounding, timing or error',
    );
  });

  it('a claim that matches without the official figure', () => {
    const m = withRecord('claims', 'kyodo-cars-25', (r) => {
      r.official = null;
    });
    expectOne(
      m,
      at('claims', 'kyodo-cars-25', indexOf('claims', 'kyodo-cars-25'), 'official'),
      'needs the official figure it was compared with',
    );
  });

  it('an official value that is not what the pointed record holds', () => {
    const m = withRecord('claims', 'stockholm-china-deficit-295', (r) => {
      r.official.value = -295400;
    });
    expectOne(
      m,
      at('claims', 'stockholm-china-deficit-295', indexOf('claims', 'stockholm-china-deficit-295'), 'official.value'),
      'which holds -295401.6',
      'expected -295401.6',
    );
  });

  it('an official pointer to a record that does not exist', () => {
    const m = withRecord('claims', 'twenty-145', (r) => {
      r.official.record = 'us-2025-04-11';
    });
    expectOne(
      m,
      at('claims', 'twenty-145', indexOf('claims', 'twenty-145'), 'official.record'),
      'no record "us-2025-04-11" in dataset "us-china-tariffs"',
      'did you mean "us-2025-04-10"',
    );
  });

  it('an official pointer to a field that does not exist', () => {
    const m = withRecord('claims', 'diplomat-vietnam-20', (r) => {
      r.official.field = 'eo14326.rates';
    });
    expectOne(
      m,
      at('claims', 'diplomat-vietnam-20', indexOf('claims', 'diplomat-vietnam-20'), 'official.field'),
      'has no field "eo14326.rates"',
    );
  });
});

describe('plausible ranges: a value outside is refused with the range named', () => {
  it.each([99999, 1e300])('a tariff rate of %s%%', (rate) => {
    const m = withRecord('reciprocal-rates', 'south-korea', (r) => {
      r.april2Rate = rate;
    });
    expectOne(
      m,
      at('reciprocal-rates', 'south-korea', indexOf('reciprocal-rates', 'south-korea'), 'april2Rate'),
      'outside the plausible range for a tariff rate, 0 to 1,000 %',
    );
  });

  it('a trade value beyond the magnitude of world trade', () => {
    const id = 'cn-2024-as-published-2025-04';
    const m = withRecord('trade-balance-annual', id, (r) => {
      r.exports = 1.4e12;
    });
    expectOne(m, at('trade-balance-annual', id, indexOf('trade-balance-annual', id), 'exports'), 'world trade', '50,000,000 US$ millions');
  });

  it('a claimed figure in percent', () => {
    const records = rawDataset('claims').records as { id: string; claimed: { unit: string; value: unknown } }[];
    const target = records.find((r) => r.claimed.unit === 'percent' && typeof r.claimed.value === 'number');
    if (!target) throw new Error('test setup: no percent claim');
    const m = withRecord('claims', target.id, (r) => {
      r.claimed.value = 14500;
    });
    expectOne(
      m,
      at('claims', target.id, indexOf('claims', target.id), 'claimed.value'),
      'plausible range for a percentage, -1,000 to 1,000 %',
    );
  });

  it('a count in the Korea essay above the people on Earth', () => {
    const records = rawDataset('korea-exposure').records as { id: string; unit: string }[];
    const target = records.find((r) => r.unit === 'vehicles');
    if (!target) throw new Error('test setup: no vehicles figure');
    const m = withRecord('korea-exposure', target.id, (r) => {
      r.value = 4.1e12;
    });
    expectOne(m, at('korea-exposure', target.id, indexOf('korea-exposure', target.id), 'value'), 'plausible range for a count');
  });
});

describe('held documents cited for a rate or a date', () => {
  it('a citation of the lumber proclamation without its words is refused at its line, naming the rate', () => {
    const m = withRecord('sector-tariffs', 'lumber-2025-10-14', (r) => {
      delete r.citations[0].quote;
    });
    expectOne(
      m,
      at('sector-tariffs', 'lumber-2025-10-14', indexOf('sector-tariffs', 'lumber-2025-10-14'), 'citations.0'),
      'field "rate"',
      'whose text is held, without quoting it',
      '→ add "quote"',
      'content/documents/proclamation-10976.md',
    );
  });

  it('an annex row needs no quote, when its locator names the row', () => {
    const m = withRecord('reciprocal-rates', 'vietnam', (r) => {
      r.citations = r.citations.filter((c: { doc?: string }) => c.doc === 'eo-14326');
    });
    expect(m).toEqual([]);
  });
});
