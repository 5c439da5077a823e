// The one slow test of the author kit: a real `astro build` of a copy of the project with a broken
// story must fail, and print the story's file and line with the fix. The other author-error tests
// call the linter directly; this one proves the build really runs it and shows its message whole.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = process.cwd();
const copy = mkdtempSync(join(tmpdir(), 'tl-build-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

it('astro build stops on a broken story with file:line, the problem and the fix', () => {
  for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(root, entry), join(copy, entry), { recursive: true });
  cpSync(join(root, 'content'), join(copy, 'content'), { recursive: true, filter: (src) => !src.includes(join('content', 'data', 'raw')) });
  // Packages are shared with the project, but the copy keeps its own caches (.astro, .vite).
  mkdirSync(join(copy, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== '.astro' && name !== '.vite') symlinkSync(resolve(root, 'node_modules', name), join(copy, 'node_modules', name));
  }
  writeFileSync(
    join(copy, 'content/stories/broken.mdx'),
    `---
title: A broken story
summary: A story with one mistake in it, to see the build refuse it and say where.
date: 2025-12-01
author: Tariff Ledger
sources: [stockholm-talks]
order: 99
---

Some text first.

<Chart id="tarif-stack" />

Examples of tags are text, not components: in a list,

1. a fenced block:

   \`\`\`mdx
   <Chart id="nope" />
   \`\`\`

2. and inline code: \`\`<Chart id="nope" view="\`x\`" />\`\`.
`,
  );

  const result = spawnSync(process.execPath, [join(copy, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: copy,
    env: { ...process.env, OUT_DIR: join(copy, 'dist'), FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 150_000,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).not.toBe(0);
  expect(output).toContain('content/stories/broken.mdx:12 (<Chart>): unknown chart id "tarif-stack"');
  expect(output).toContain('→ did you mean "tariff-stack"?');
  // The examples in code are read as text, as MDX renders them: the build names no other problem.
  expect(output).not.toContain('"nope"');
  expect(output).not.toContain('not valid MDX');
  // Astro's own hint (about browser APIs, for any message with the word "document") must not mislead.
  expect(output).toContain('AUTHORING.md ("When the build says no")');
  expect(output).not.toContain('Browser APIs');
}, 180_000);
