// `npm run new:story -- "Title"`: writes content/stories/<slug>.mdx, a draft with valid frontmatter
// and one example of every component in a comment. Never overwrites a story.
//
//   npm run new:story -- "How the truce held"
//   npm run new:story -- "How the truce held" --slug truce --author "A. Writer" --source stockholm-talks
import { parseArgs } from 'node:util';
import { createStory } from './authoring/new-story';

const usage = 'usage: npm run new:story -- "Title" [--slug file-name] [--author "Name"] [--source source-id]…';

function main(): number {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    console.error(`new:story: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const title = positionals.join(' ').trim();
  if (!title) {
    console.error(`new:story: give the story's title.\n${usage}`);
    return 2;
  }
  try {
    const file = createStory(process.cwd(), { title, slug: values.slug, author: values.author, sources: values.source });
    const slug = file.replace(/^.*[\\/]/, '').replace(/\.mdx$/, '');
    console.log(`new:story: wrote ${file} (a draft: it shows in npm run dev only).

Next:
  1. npm run dev, then open /stories/${slug}/ at the address it prints (edits show on save).
  2. Replace the summary and the first paragraph; list the sources you draw on.
  3. Copy components out of the comment at the end of the file; /authoring/ lists them all.
  4. To publish, delete the "draft: true" line, then run npm test.
See AUTHORING.md for the whole walk-through.`);
    return 0;
  } catch (error) {
    console.error(`new:story: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      author: { type: 'string' },
      source: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

process.exitCode = main();
