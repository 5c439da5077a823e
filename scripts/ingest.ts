// `npm run ingest`: turns the raw article scrapes in content/sources/raw/ into the clean sources
// in content/sources/. See content/sources/README.md for what the rules do and how overrides work.
//
//   npm run ingest                 write content/sources/*.md (all or nothing)
//   npm run ingest -- --check      exit 1 if the committed files differ from what ingest produces
//   npm run ingest -- --verbose    also list every line or paragraph each rule removed
import { runIngest } from './ingest/run';

const usage = 'usage: npm run ingest [-- --check] [-- --verbose]';
const args = process.argv.slice(2);
const unknown = args.filter((arg) => !['--check', '--verbose', '-v', '--help', '-h'].includes(arg));

if (args.includes('--help') || args.includes('-h')) {
  console.log(usage);
} else if (unknown.length) {
  console.error(`ingest: unknown option ${unknown.join(' ')}\n${usage}`);
  process.exitCode = 2;
} else {
  process.exitCode = runIngest({
    root: process.cwd(),
    check: args.includes('--check'),
    verbose: args.includes('--verbose') || args.includes('-v'),
    log: (line) => console.log(line),
    error: (line) => console.error(line),
  });
}
