// Real builds (`npm run build`'s script) of a copy of the project: a story whose title holds a `>`
// and whose body has a fenced code block builds whole, with its preview image and without inline
// styles; then a broken story fails the build, leaves that site untouched and tells the author
// where and how to fix it. Each build costs seconds of both cores, so one broken build serves the
// checks of the site left in place and of the message (the author kit's one build test).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const copy = mkdtempSync(join(tmpdir(), 'tl-robust-'));
const dist = join(copy, 'dist');
afterAll(() => rmSync(copy, { recursive: true, force: true }));

beforeAll(() => {
  for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(root, entry), join(copy, entry), { recursive: true });
  cpSync(join(root, 'content'), join(copy, 'content'), { recursive: true, filter: (src) => !src.includes(join('content', 'data', 'raw')) });
  mkdirSync(join(copy, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== '.astro' && name !== '.vite') symlinkSync(resolve(root, 'node_modules', name), join(copy, 'node_modules', name));
  }
});

function build() {
  // Vitest's own variables (BASE_URL, MODE…) must not reach the build.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, NODE_ENV: _n, VITEST: _v, ...env } = process.env;
  return spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: copy,
    env: { ...env, OUT_DIR: dist, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 240_000,
  });
}

const story = (title: string, body: string) => `---
title: "${title}"
summary: A story written to see that unusual titles and code blocks build, and that a broken story stops the build.
date: 2025-12-01
author: Tariff Ledger
sources: [stockholm-talks]
order: 99
---

${body}
`;

describe('npm run build on a copy of the project', () => {
  it('builds a story titled with ">" and a code block: preview image made, no inline styles', () => {
    writeFileSync(
      join(copy, 'content/stories/odd-title.mdx'),
      story(
        'Rates > 100% & <rising>',
        [
          'Some text.\n\n<Chart id="us-china-escalation" />\n\n```js\nconst rate = 145;\n```\n',
          // Tags written as examples are text: in a fence inside a list item, and in double-backtick code.
          '1. A chart is one line:\n\n   ```mdx\n   <Chart id="nope" />\n   ```\n\n2. or inline: ``<Chart id="nope" view="`x`" />``.\n',
        ].join('\n'),
      ),
    );
    // A byte-order mark, as some Windows editors save: read past, like in sources and datasets.
    const korea = join(copy, 'content/stories/why-korea-needed-a-deal.mdx');
    writeFileSync(korea, `\uFEFF${readFileSync(korea, 'utf8')}`);
    const result = build();
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(existsSync(join(dist, 'stories/why-korea-needed-a-deal/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'og/stories/odd-title.png'))).toBe(true);
    const page = readFileSync(join(dist, 'stories/odd-title/index.html'), 'utf8');
    expect(page).toContain('const');
    expect(page).toContain('nope');
    expect(page).not.toMatch(/\sstyle="/);
    expect(existsSync(join(dist, '_headers'))).toBe(true);
    expect(existsSync(join(dist, 'pagefind'))).toBe(true);
  }, 300_000);

  let broken: ReturnType<typeof build> | undefined;
  it('a broken story fails the build and leaves the previous site as it was', () => {
    const before = readFileSync(join(dist, 'index.html'), 'utf8');
    writeFileSync(
      join(copy, 'content/stories/broken.mdx'),
      story(
        'A broken story',
        `Some text first.

<Chart id="tarif-stack" />

Examples of tags are text, not components: in a list,

1. a fenced block:

   \`\`\`mdx
   <Chart id="nope" />
   \`\`\`

2. and inline code: \`\`<Chart id="nope" view="\`x\`" />\`\`.`,
      ),
    );
    broken = build();
    rmSync(join(copy, 'content/stories/broken.mdx'));
    expect(broken.status).not.toBe(0);
    expect(broken.stderr).toContain('the previous site in');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe(before);
    expect(existsSync(join(dist, 'stories/odd-title/index.html'))).toBe(true);
    expect(readdirSync(copy).filter((n) => n.startsWith('.dist'))).toEqual([]);
  }, 300_000);

  it('that build names the story’s file:line, the problem and the fix, and nothing else', () => {
    expect(broken, 'the broken build ran').toBeDefined();
    const output = `${broken?.stdout}\n${broken?.stderr}`;
    expect(output).toContain('content/stories/broken.mdx:12 (<Chart>): unknown chart id "tarif-stack"');
    expect(output).toContain('→ did you mean "tariff-stack"?');
    // The examples in code are read as text, as MDX renders them: the build names no other problem.
    expect(output).not.toContain('"nope"');
    expect(output).not.toContain('not valid MDX');
    // Astro's own hint (about browser APIs, for any message with the word "document") must not mislead.
    expect(output).toContain('AUTHORING.md ("When the build says no")');
    expect(output).not.toContain('Browser APIs');
  });

  it('broken YAML in a source stops the build with the file and line, not a stack trace', () => {
    const file = join(copy, 'content/sources/stockholm-talks.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^publisher: (.*)$/m, 'publisher: "$1'));
    const result = build();
    writeFileSync(file, text);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toMatch(/content\/sources\/stockholm-talks\.md:\d+ \(frontmatter\): the frontmatter is not valid YAML/);
    expect(output).not.toMatch(/YAMLParseError/);
  }, 300_000);

  it('a dataset problem names the JSON file and line, and Astro points its Location there', () => {
    const file = join(copy, 'content/data/us-china-tariffs.json');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/"reciprocal": \d+/, '"reciprocal": 99999'));
    const result = build();
    writeFileSync(file, text);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toMatch(
      /content\/data\/us-china-tariffs\.json:\d+ \(record "[^"]+" \(records\[\d+\]\), field "[^"]+"\): 99999 is outside the plausible range/,
    );
    expect(output).toMatch(/Location:\s+\S*us-china-tariffs\.json:\d+/);
  }, 300_000);
});
