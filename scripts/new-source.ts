// `npm run new:source -- path/to/article.txt`: copies a new article into content/sources/raw/, drafts
// its entry in content/sources/overrides.json, runs ingest, and says what is still to supply.
// Writes nothing if ingest would fail (for example, a page with no date and no --published).
//
//   npm run new:source -- ~/Downloads/article.txt
//   npm run new:source -- article.txt --id port-delays --publisher "Reuters" --url https://…
//   npm run new:source -- article.txt --published 2025-07-02 --date-note "Reports the 1 July talks as held yesterday."
//   npm run new:source -- saved-page.html                       (a browser's "Save page as", or a fetched page)
//   npm run new:source -- --dry-run [--json] page.html scrape.txt …   (what ingest reads; writes nothing)
import { parseArgs } from 'node:util';
import { addSource } from './authoring/new-source';
import { runPreview } from './authoring/new-source-preview';

const usage = `usage: npm run new:source -- path/to/article.html|.txt [--id source-id] [--publisher "Outlet"] [--url https://…]
                          [--author "Byline"] [--published YYYY-MM-DD --date-note "how the date was worked out"]
                          [--segment "Headline of the article to take, when the file holds several"]
                          [--copy-url https://… (where the text was found, when that is a copy)]
       npm run new:source -- --dry-run [--json] FILE…   (preview: one record per file, nothing written)`;

function main(): number {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    console.error(`new:source: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (values['dry-run']) {
    // Piped into `head`, the preview stops quietly when the reader has seen enough.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
    if (positionals.length === 0) {
      console.error(`new:source: give at least one file to preview.\n${usage}`);
      return 2;
    }
    return runPreview(process.cwd(), positionals, values.json === true, (text) => process.stdout.write(text));
  }
  if (positionals.length !== 1) {
    console.error(`new:source: give the path of one article (a saved .html page or a .txt scrape).\n${usage}`);
    return 2;
  }
  return addSource(
    process.cwd(),
    {
      file: positionals[0] as string,
      id: values.id,
      publisher: values.publisher,
      url: values.url,
      copyUrl: values['copy-url'],
      author: values.author,
      published: values.published,
      dateNote: values['date-note'],
      segment: values.segment,
    },
    { log: (line) => console.log(line), error: (line) => console.error(line) },
  );
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      publisher: { type: 'string' },
      url: { type: 'string' },
      'copy-url': { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      author: { type: 'string' },
      published: { type: 'string' },
      'date-note': { type: 'string' },
      segment: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

process.exitCode = main();
