import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { ContentErrors } from './content-error';
import { lintStories } from './story-lint';

/**
 * The stories collection: Astro's glob loader, preceded by our own checks, so a bad chart id,
 * prop or quote stops the build with the MDX file and line rather than failing deep in rendering.
 */
export function storyLoader(): Loader {
  const inner = glob({ pattern: '*.mdx', base: './content/stories' });
  return {
    name: 'tariff-ledger-stories',
    load: async (context) => {
      const check = () => {
        const errors = lintStories();
        if (errors.length) throw new ContentErrors(errors);
      };
      check();
      context.watcher?.on('change', (path) => {
        if (!/content[\\/](stories|sources)[\\/]/.test(path)) return;
        try {
          check();
        } catch (error) {
          context.logger.error(error instanceof Error ? error.message : String(error));
        }
      });
      await inner.load(context);
    },
  };
}
