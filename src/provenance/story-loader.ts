import { resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { ContentErrors } from './content-error';
import { lintStories } from './story-lint';

/**
 * The stories collection: Astro's glob loader, preceded by our own checks, so a bad chart id,
 * prop or quote stops the build with the MDX file and line rather than failing deep in rendering.
 *
 * In dev (`context.watcher` is set) nothing stops the server: problems are printed, the page of
 * a broken story shows them (src/pages/stories/[slug].astro), and every edit to a story, source
 * or dataset checks again. A story whose frontmatter does not parse is kept as a draft stand-in,
 * so the server still starts and the author sees the error on the story's own page.
 */
export function storyLoader(): Loader {
  const inner = glob({ pattern: '*.mdx', base: './content/stories' });
  return {
    name: 'tariff-ledger-stories',
    load: async (context) => {
      const { watcher, logger } = context;
      if (!watcher) {
        const errors = lintStories();
        if (errors.length) throw new ContentErrors(errors);
        await inner.load(context);
        return;
      }
      const report = () => {
        try {
          // Checked against the datasets that pass; the dataset loader reports the ones that do not.
          const errors = lintStories(process.cwd(), true);
          if (errors.length) logger.error(new ContentErrors(errors).message);
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      };
      report();
      watcher.add([resolve('content/sources'), resolve('content/data')]);
      const onChange = (path: string) => {
        // A dataset or source edit can break a story too: a record renamed, a quote reworded.
        if (/content[\\/](stories|sources|data)[\\/]/.test(path)) report();
      };
      for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, onChange);
      await inner.load(forgiving(context));
    },
  };
}

/** What Astro hands a loader for each file type (not in its public types): enough to wrap one. */
interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
}

/** Dev only: a story with unreadable or invalid frontmatter becomes a stand-in draft instead of stopping the server. */
function forgiving(context: LoaderContext): LoaderContext {
  const given = (context as LoaderContext & { entryTypes?: Map<string, EntryType> }).entryTypes;
  const entryTypes =
    given &&
    new Map(
      [...given].map(([ext, type]) => [
        ext,
        {
          ...type,
          getEntryInfo: async (params: { fileUrl: URL; contents: string }) => {
            try {
              return await type.getEntryInfo(params);
            } catch {
              // Not valid YAML: the linter has printed where. Read the story as if it had no frontmatter.
              const body = params.contents.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
              return { data: {}, body, rawData: '', slug: '' };
            }
          },
        },
      ]),
    );
  const parseData: LoaderContext['parseData'] = async (props) => {
    try {
      return await context.parseData(props);
    } catch {
      return {
        title: `${props.id} (frontmatter has errors)`,
        summary: 'The frontmatter of this story has errors; its page lists them with their lines.',
        date: '1970-01-01',
        author: 'Tariff Ledger',
        sources: [],
        order: Number.MAX_SAFE_INTEGER,
        draft: true,
      } as never;
    }
  };
  return { ...context, ...(entryTypes ? { entryTypes } : {}), parseData } as LoaderContext;
}
