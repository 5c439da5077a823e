/**
 * A Frictionless Data Package (https://specs.frictionlessdata.io/data-package/) describing every
 * CSV the site publishes, so a data tool (Frictionless, Open Refine, R's frictionless, a
 * spreadsheet user reading it) knows what each file is: title, sources, licence, as-of date and
 * each column's type and unit. Pure: the endpoint gives it the datasets and chart views.
 */

type Cell = string | number | boolean | null | undefined;

export interface PackageField {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean' | 'date';
  unit?: string;
}

export interface PackageSource {
  title: string;
  path?: string;
}

export interface PackageResourceInput {
  name: string;
  path: string;
  title: string;
  description: string;
  asOf: string;
  license: string;
  sources: PackageSource[];
  /** Column headers in file order, with the unit where one is declared. */
  columns: { name: string; unit?: string }[];
  rows: Record<string, Cell>[];
}

/** The narrowest Table Schema type that fits every non-empty value of a column. */
export function fieldType(values: readonly Cell[]): PackageField['type'] {
  const present = values.filter((v) => v !== null && v !== undefined && v !== '');
  if (present.length === 0) return 'string';
  if (present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.every((v) => typeof v === 'number')) return present.every((v) => Number.isInteger(v)) ? 'integer' : 'number';
  if (present.every((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v))) return 'date';
  return 'string';
}

/** Licence text → a Frictionless licence entry (name when it is a known open licence). */
function licence(text: string) {
  if (/CC BY 4\.0/.test(text)) return { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: text };
  if (/public domain|US government work/i.test(text)) return { name: 'other-pd', title: text };
  return { name: 'other-at', title: text };
}

export function dataPackage(meta: { name: string; title: string; homepage: string; created: string }, inputs: PackageResourceInput[]) {
  return {
    profile: 'tabular-data-package',
    name: meta.name,
    title: meta.title,
    homepage: meta.homepage,
    created: meta.created,
    licenses: [licence('CC BY 4.0')],
    resources: inputs.map((r) => ({
      profile: 'tabular-data-resource',
      name: r.name,
      path: r.path,
      title: r.title,
      description: `${r.description} Data as of ${r.asOf}.`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      licenses: [licence(r.license)],
      sources: r.sources,
      asOf: r.asOf,
      schema: {
        fields: r.columns.map(
          (c): PackageField => ({ name: c.name, type: fieldType(r.rows.map((row) => row[c.name])), ...(c.unit ? { unit: c.unit } : {}) }),
        ),
      },
    })),
  };
}
