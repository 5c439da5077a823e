/**
 * build-data: turns the Census files in content/data/raw/ into committed datasets.
 *
 *   npm run build-data            write content/data/trade-balance-{annual,monthly}.json and the
 *                                 `formula` block of each record in reciprocal-rates.json
 *   npm run build-data -- --check  write nothing; exit 1 if a committed file differs from what the
 *                                 raw files give (CI runs this so nobody edits derived figures by hand)
 *
 * Deterministic: no clock, no network, fixed ordering, fixed rounding ($0.1 million). It reads only
 * content/data/raw/ (copied from the shared raw folder with its PROVENANCE.md), never anything outside.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { csvParseRows } from 'd3-dsv';
import { readSheet } from 'read-excel-file/node';

const RAW = 'content/data/raw';
const XLSX = `${RAW}/census_country_xlsx_2025-04_ab604/country.xlsx`;
const CORBETT = `${RAW}/census_trade_by_country_corbett`;

export const OUTPUT = {
  annual: 'content/data/trade-balance-annual.json',
  monthly: 'content/data/trade-balance-monthly.json',
  reciprocal: 'content/data/reciprocal-rates.json',
} as const;

/** The 21 partners transcribed in the revised files, with their codes in each file. */
const PARTNERS = [
  { partner: 'CN', iso3: 'CHN', census: '5700' },
  { partner: 'JP', iso3: 'JPN', census: '5880' },
  { partner: 'KR', iso3: 'KOR', census: '5800' },
  { partner: 'TW', iso3: 'TWN', census: '5830' },
  { partner: 'VN', iso3: 'VNM', census: '5520' },
  { partner: 'TH', iso3: 'THA', census: '5490' },
  { partner: 'IN', iso3: 'IND', census: '5330' },
  { partner: 'MY', iso3: 'MYS', census: '5570' },
  { partner: 'ID', iso3: 'IDN', census: '5600' },
  { partner: 'PH', iso3: 'PHL', census: '5650' },
  { partner: 'KH', iso3: 'KHM', census: '5550' },
  { partner: 'SG', iso3: 'SGP', census: '5590' },
  { partner: 'HK', iso3: 'HKG', census: '5820' },
  { partner: 'MX', iso3: 'MEX', census: '2010' },
  { partner: 'CA', iso3: 'CAN', census: '1220' },
  { partner: 'DE', iso3: 'DEU', census: '4280' },
  { partner: 'IE', iso3: 'IRL', census: '4190' },
  { partner: 'CH', iso3: 'CHE', census: '4419' },
  { partner: 'GB', iso3: 'GBR', census: '4120' },
  { partner: 'BR', iso3: 'BRA', census: '3510' },
  { partner: 'EU', iso3: 'AGG_0003', census: '0003' },
] as const;

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
/** The April 2025 release has data through February 2025; later 2025 months are zero-filled. */
const XLSX_LAST_MONTH = { year: 2025, month: 2 };
const ANNUAL_YEARS = { from: 2015, to: 2024 };
/**
 * China's whole series in the April 2025 release (from 1985), so claims such as "the smallest
 * deficit since 2005" can be computed from the data rather than typed; other partners keep 2015 on.
 */
const LONG_HISTORY: Record<string, number> = { CN: 1985 };

const SOURCES = {
  'as-published-2025-04': {
    doc: 'census-country-xlsx-2025-04',
    table: 'Census country.xlsx (US trade in goods by country), sheet "country"',
    retrieval:
      'downloaded about 2025-04-03; verbatim copy from ab604/charts-2025@4bf41778 in content/data/raw/census_country_xlsx_2025-04_ab604/',
  },
  'revised-2026-10': {
    doc: 'census-country-xlsx-revised-2026-10',
    table: 'Census country.xlsx (US trade in goods by country), via trade_by_country/<year>.json',
    retrieval:
      'fetched about 2026-10; transcribed from corbett-hobbs/congress-ideology@31caa71f in content/data/raw/census_trade_by_country_corbett/',
  },
} as const;
type Vintage = keyof typeof SOURCES;

/** Rounds to $0.1 million; never writes -0. */
export function round1(value: number): number {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** The 2 April formula: deficit as a share of imports, rounded, halved, rounded up, floor 10. */
export function formulaRate(imports: number, exports: number): number {
  return Math.max(10, Math.ceil(Math.round((100 * (imports - exports)) / imports) / 2));
}

interface XlsxRow {
  year: number;
  code: string;
  name: string;
  imports: number[];
  exports: number[];
  importsYear: number;
  exportsYear: number;
}

async function readXlsx(root: string): Promise<XlsxRow[]> {
  const rows = await readSheet(resolve(root, XLSX));
  const header = rows[0]?.map(String) ?? [];
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${XLSX}: column ${name} not found; the header is ${header.join(', ')}`);
    return i;
  };
  const num = (row: unknown[], name: string) => {
    const value = row[col(name)];
    if (typeof value !== 'number') throw new Error(`${XLSX}: ${name} is not a number in row ${row.slice(0, 3).join(' ')}`);
    return value;
  };
  return rows.slice(1).map((row) => ({
    year: Number(row[col('year')]),
    code: String(row[col('CTY_CODE')]),
    name: String(row[col('CTYNAME')]),
    imports: MONTHS.map((m) => num(row, `I${m}`)),
    exports: MONTHS.map((m) => num(row, `E${m}`)),
    importsYear: num(row, 'IYR'),
    exportsYear: num(row, 'EYR'),
  }));
}

/**
 * Rows of a CSV file as objects keyed by its header. A real CSV parser (d3-dsv, the d3 module the
 * site already writes its CSV downloads with): Census names carry commas inside quotes
 * ("Korea, South"), which a split on "," would cut into two cells.
 */
export function parseCsv(text: string, file: string): Record<string, string>[] {
  const [keys = [], ...rows] = csvParseRows(text.replace(/^\uFEFF/, '').trim());
  return rows.map((cells, i) => {
    // Line i + 2: the header is line 1. (Quoted line breaks would shift it; Census files have none.)
    if (cells.length !== keys.length) throw new Error(`${file}:${i + 2}: expected ${keys.length} cells, found ${cells.length}`);
    return Object.fromEntries(keys.map((k, j) => [k, cells[j] ?? '']));
  });
}

function readCsv(root: string, file: string): Record<string, string>[] {
  return parseCsv(readFileSync(resolve(root, file), 'utf8'), file);
}

interface CorbettYear {
  country_code: string;
  year: number;
  exports: number[];
  imports: number[];
}

function row(
  vintage: Vintage,
  partner: string,
  censusCode: string,
  censusName: string,
  period: { year: number; month?: number },
  exports: number,
  imports: number,
  balance: number,
  locator: string,
) {
  const source = SOURCES[vintage];
  const periodId = period.month ? `${period.year}-${String(period.month).padStart(2, '0')}` : `${period.year}`;
  return {
    id: `${partner.toLowerCase()}-${periodId}-${vintage}`,
    partner,
    censusCode,
    censusName,
    year: period.year,
    ...(period.month ? { month: period.month } : {}),
    vintage,
    exports: round1(exports),
    imports: round1(imports),
    balance: round1(balance),
    table: source.table.replace('<year>', String(period.year)),
    retrieval: source.retrieval,
    citations: [{ doc: source.doc, locator }],
  };
}

const COMMON_META = {
  units:
    'US$ millions, nominal, not seasonally adjusted; Census basis (US total exports, US general imports); balance = exports − imports, negative is a US deficit',
  license: 'U.S. Census Bureau statistics (US government work, public domain); compilation CC BY 4.0',
  vintage:
    'Two releases, labelled per row: "as-published-2025-04" (country.xlsx of early April 2025, data through February 2025, before the June 2025 annual revision) and "revised-2026-10" (country.xlsx fetched about October 2026, after the June 2026 annual revision).',
};

function annualDataset(xlsx: XlsxRow[], root: string) {
  const records = [];
  for (const p of PARTNERS) {
    for (let year = LONG_HISTORY[p.partner] ?? ANNUAL_YEARS.from; year <= ANNUAL_YEARS.to; year++) {
      const r = xlsx.find((x) => x.code === p.census && x.year === year);
      if (!r) throw new Error(`${XLSX}: no row for CTY_CODE ${p.census}, year ${year}`);
      records.push(
        row(
          'as-published-2025-04',
          p.partner,
          p.census,
          r.name,
          { year },
          r.exportsYear,
          r.importsYear,
          r.exportsYear - r.importsYear,
          `sheet "country", CTY_CODE ${p.census}, year ${year}, columns EYR and IYR`,
        ),
      );
    }
  }
  const file = `${CORBETT}/annual_goods_trade_2015_2025_selected.csv`;
  const csv = readCsv(root, file);
  for (const p of PARTNERS) {
    for (const c of csv.filter((x) => x.country_code === p.iso3).sort((a, b) => Number(a.year) - Number(b.year))) {
      if (c.census_cty_code !== p.census) throw new Error(`${file}: ${p.iso3} has Census code ${c.census_cty_code}, expected ${p.census}`);
      records.push(
        row(
          'revised-2026-10',
          p.partner,
          p.census,
          c.country_name ?? '',
          { year: Number(c.year) },
          Number(c.exports_musd),
          Number(c.imports_musd),
          Number(c.balance_musd),
          `annual_goods_trade_2015_2025_selected.csv, country_code ${p.iso3}, year ${c.year} (exports_year, imports_year, balance_year of trade_by_country/${c.year}.json)`,
        ),
      );
    }
  }
  return {
    id: 'trade-balance-annual',
    title: 'US goods trade with 21 partners, annual 2015–2025, in two Census releases',
    description:
      'One record per partner, year and Census release: US goods exports to the partner, imports from it and the balance. The April 2025 release covers 2015–2024 for all 21 partners (1985–2024 for China) and gives 2024 as first published (China −$295.4 billion, the figure the White House quoted); the revised release covers 2015–2025 (2023–2025 only for Mexico, Malaysia, the Philippines and Singapore) and gives China 2024 at −$297.0 billion.',
    ...COMMON_META,
    asOf: '2025-12-31',
    caveats: [
      'Census revises recent years every June. The two releases agree to $0.1 million for 2015–2021 for the partners checked; 2022–2024 differ slightly (China 2024 by $1.6 billion). Say which release a chart shows.',
      'Goods only, Census basis: not the balance-of-payments basis and not goods and services, so figures differ from BEA totals and from partner-reported exports.',
      'The European Union row is the Census aggregate 0003, not a sum of member states.',
      'Revised-release rows for Mexico, Malaysia, the Philippines and Singapore before 2023 were not transcribed; use the April 2025 release for those years.',
      'The 2025 figures (revised release only) are the full January–December year. The first print of 19 February 2026 gave China −$202.1 billion (see trade-totals); the revised release gives −$202.7 billion.',
      'China 1985–2014 comes from the April 2025 release only; Census no longer revises those years.',
    ],
    records,
  };
}

function monthlyDataset(xlsx: XlsxRow[], root: string) {
  const records = [];
  for (const p of PARTNERS) {
    for (const year of [2024, 2025]) {
      const r = xlsx.find((x) => x.code === p.census && x.year === year);
      if (!r) throw new Error(`${XLSX}: no row for CTY_CODE ${p.census}, year ${year}`);
      for (let month = 1; month <= 12; month++) {
        const published = year < XLSX_LAST_MONTH.year || month <= XLSX_LAST_MONTH.month;
        const exports = r.exports[month - 1] ?? 0;
        const imports = r.imports[month - 1] ?? 0;
        if (!published) {
          // Census fills months not yet published with 0; anything else means the file is not the release we think.
          if (exports !== 0 || imports !== 0)
            throw new Error(
              `${XLSX}: ${p.census} ${year}-${month} has data, but this release should end in ${XLSX_LAST_MONTH.year}-0${XLSX_LAST_MONTH.month}`,
            );
          continue;
        }
        const mon = MONTHS[month - 1];
        records.push(
          row(
            'as-published-2025-04',
            p.partner,
            p.census,
            r.name,
            { year, month },
            exports,
            imports,
            exports - imports,
            `sheet "country", CTY_CODE ${p.census}, year ${year}, columns E${mon} and I${mon}`,
          ),
        );
      }
    }
  }
  const names = new Map(
    readCsv(root, `${CORBETT}/monthly_goods_trade_2024_2025_selected.csv`).map((c) => [c.country_code, c.country_name ?? '']),
  );
  for (const p of PARTNERS) {
    for (const year of [2024, 2025]) {
      const file = `trade_by_country_${year}_selected.json`;
      const rows = JSON.parse(readFileSync(resolve(root, CORBETT, file), 'utf8')) as CorbettYear[];
      const r = rows.find((x) => x.country_code === p.iso3);
      if (!r) throw new Error(`${CORBETT}/${file}: no row for ${p.iso3}`);
      for (let month = 1; month <= 12; month++) {
        const exports = r.exports[month - 1];
        const imports = r.imports[month - 1];
        if (exports === undefined || imports === undefined) throw new Error(`${CORBETT}/${file}: ${p.iso3} lacks month ${month}`);
        records.push(
          row(
            'revised-2026-10',
            p.partner,
            p.census,
            names.get(p.iso3) ?? p.iso3,
            { year, month },
            exports,
            imports,
            exports - imports,
            `${file}, country_code ${p.iso3}, exports[${month - 1}] and imports[${month - 1}]`,
          ),
        );
      }
    }
  }
  return {
    id: 'trade-balance-monthly',
    title: 'US goods trade with 21 partners, monthly 2024–2025, in two Census releases',
    description:
      'One record per partner, month and Census release: US goods exports, imports and balance. The April 2025 release covers January 2024 to February 2025 (its last published month); the revised release covers January 2024 to December 2025.',
    ...COMMON_META,
    asOf: '2025-12-31',
    caveats: [
      'Not seasonally adjusted: compare a month with the same month a year earlier, not with the month before.',
      'The April 2025 release gives 2024 months before the June 2025 annual revision; its January and February 2025 are first estimates. Monthly figures first published for later months are not in this dataset.',
      'Goods only, Census basis; the European Union row is the Census aggregate 0003.',
    ],
    records,
  };
}

interface ReciprocalFile {
  records: { id: string; formula: Record<string, unknown> | null }[];
}

/** Fills each record's `formula` block from the Census code the record names; leaves everything else as written. */
function reciprocalWithFormula(xlsx: XlsxRow[], current: ReciprocalFile): ReciprocalFile {
  return {
    ...current,
    records: current.records.map((record) => {
      const code = record.formula?.censusCode;
      if (code === undefined) return record;
      const r = xlsx.find((x) => x.code === code && x.year === 2024);
      if (!r)
        throw new Error(`${OUTPUT.reciprocal}: record "${record.id}" names Census code ${String(code)}, which has no 2024 row in ${XLSX}`);
      return {
        ...record,
        formula: {
          censusCode: code,
          censusName: r.name,
          imports2024: round1(r.importsYear),
          exports2024: round1(r.exportsYear),
          balance2024: round1(r.exportsYear - r.importsYear),
          formulaRate: formulaRate(r.importsYear, r.exportsYear),
          vintage: 'as-published-2025-04',
        },
      };
    }),
  };
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Everything build-data writes, as file → contents. Pure apart from reading the raw files. */
export async function buildData(root = process.cwd()): Promise<Map<string, string>> {
  const xlsx = await readXlsx(root);
  const reciprocal = JSON.parse(readFileSync(resolve(root, OUTPUT.reciprocal), 'utf8')) as ReciprocalFile;
  return new Map([
    [OUTPUT.annual, toJson(annualDataset(xlsx, root))],
    [OUTPUT.monthly, toJson(monthlyDataset(xlsx, root))],
    [OUTPUT.reciprocal, toJson(reciprocalWithFormula(xlsx, reciprocal))],
  ]);
}

/** Files whose committed contents differ from what build-data would write. */
export async function staleFiles(root = process.cwd()): Promise<string[]> {
  const stale: string[] = [];
  for (const [file, contents] of await buildData(root)) {
    let committed: string;
    try {
      committed = readFileSync(join(root, file), 'utf8');
    } catch {
      stale.push(file);
      continue;
    }
    // The reciprocal file is hand-edited around its formula blocks: compare content, not layout.
    const same = file === OUTPUT.reciprocal ? isDeepStrictEqual(JSON.parse(committed), JSON.parse(contents)) : committed === contents;
    if (!same) stale.push(file);
  }
  return stale;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  if (check) {
    const stale = await staleFiles();
    if (stale.length) {
      console.error(
        `build-data --check: ${stale.length} file(s) differ from what content/data/raw/ gives:\n${stale.map((f) => `  ${f}`).join('\n')}\n  → run \`npm run build-data\` and commit the result; do not edit derived figures by hand.`,
      );
      process.exit(1);
    }
    console.log('build-data --check: derived datasets are up to date');
    return;
  }
  for (const [file, contents] of await buildData()) {
    writeFileSync(resolve(file), contents);
    console.log(`wrote ${file}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('build-data.ts')) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
