// The unit layer runs on fixtures, so a data edit can only fail the content layer (test/content/).
// A unit test that reads the committed content, or starts a build, belongs to another layer.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const LIVE = [
  /(readFileSync|readdirSync|cpSync|existsSync)\(\s*['"`]content\//, // reading the committed content
  /cpSync\(\s*join\(\s*(\w+,\s*)?['"`]content['"`]/, // copying it to break it
  /\b(loadDatasets|readDatasets|readSourceTexts|storyContext|lintStories|buildSources|buildData|runIngest)\(/, // its readers
  /datasets-support/, // the committed datasets, loaded for the content tests
  /\[\s*['"`]scripts\/build\.mjs['"`]\s*\]/, // the real build script, with its real steps
  /astro\.mjs['"`]\)?,\s*\[?\s*'build'/, // a real build
];

it('no unit test reads the committed content or runs a build', () => {
  const offenders = readdirSync('test/unit')
    .filter((name) => name.endsWith('.ts') && name !== 'test-layers.test.ts')
    .flatMap((name) => {
      const text = readFileSync(join('test/unit', name), 'utf8');
      return LIVE.filter((pattern) => pattern.test(text)).map(
        (pattern) => `test/unit/${name} matches ${pattern}: move it to test/content/ or test/integration/`,
      );
    });
  expect(offenders).toEqual([]);
});
