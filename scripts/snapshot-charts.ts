/**
 * snapshot-charts: freezes a version of every chart whose data or text changed since its latest
 * version, into content/chart-versions/<chart>/<date>.json. Archived pages (/charts/<id>/v/<date>/),
 * embeds and data files are built from these files alone, and the newest date is the chart's
 * publication date in citations.
 *
 *   npm run snapshot:charts                     write a version dated today (UTC) where needed
 *   npm run snapshot:charts -- --date=2026-12-01  date the new versions
 *   npm run snapshot:charts -- --check            write nothing; exit 1 naming the charts that changed
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chartIds, charts } from '../src/charts/registry';
import { loadDatasets } from '../src/provenance/dataset-loader';
import { parseOrThrow } from '../src/provenance/error-map';
import { readSourceTexts } from '../src/provenance/source-texts';
import { chartVersionSchema } from '../src/schemas/chart-version';
import { sourceSchema } from '../src/schemas/source';
import { snapshotChart, versionContent } from '../src/site/chart-snapshot';
import { makeCitationResolver } from '../src/site/citations';
import { datasetAccess } from '../src/site/dataset-access';

const ROOT = 'content/chart-versions';
const args = process.argv.slice(2);
const check = args.includes('--check');
const date = args.find((a) => a.startsWith('--date='))?.slice(7) ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
  console.error(`snapshot-charts: --date=${date} is not a date like 2026-12-01`);
  process.exit(2);
}

const data = datasetAccess(loadDatasets());
const sources = new Map(
  [...readSourceTexts()].map(([id, s]) => [
    id,
    parseOrThrow(sourceSchema, s.frontmatter, s.file, 'fix the source with npm run ingest, then snapshot again'),
  ]),
);
const cite = makeCitationResolver(data('references').records, sources);

const changed: string[] = [];
for (const id of chartIds) {
  const dir = join(ROOT, id);
  const dates = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f))
        .sort()
    : [];
  const latestFile = dates.at(-1);
  const latestPath = latestFile ? join(dir, latestFile) : undefined;
  const latest = latestPath
    ? parseOrThrow(
        chartVersionSchema,
        JSON.parse(readFileSync(latestPath, 'utf8')),
        latestPath,
        'regenerate it with npm run snapshot:charts',
      )
    : undefined;
  const now = snapshotChart(id, charts[id].model(data, cite), date);
  if (latest && versionContent(latest) === versionContent(now)) continue;
  changed.push(`${id}${latest ? ` (changed since ${latest.date})` : ' (no version yet)'}`);
  if (check) continue;
  if (latest && latest.date > date) {
    console.error(`snapshot-charts: ${id} has a version dated ${latest.date}, after ${date}; give a later --date`);
    process.exit(2);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${date}.json`), `${JSON.stringify(now, null, 1)}\n`);
  console.log(`wrote ${join(dir, `${date}.json`)}`);
}

if (check && changed.length > 0) {
  console.error(`These charts changed since their latest version; run \`npm run snapshot:charts\`:\n  ${changed.join('\n  ')}`);
  process.exit(1);
}
if (changed.length === 0) console.log('snapshot-charts: every chart matches its latest version');
