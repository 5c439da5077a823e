// AUTHORING.md, the component reference (/authoring/) and the `npm run new:story` template all show
// MDX, JSON and TypeScript to copy. Each is checked here exactly as the build would check an
// author's file, so none of them can drift from the code.
//
// In AUTHORING.md a fenced block's info string says what happens to it:
//   ```mdx checked       linted as a story (a body without frontmatter gets a standard one)
//   ```json checked      parsed and provenance-checked as a dataset file
//   ```ts checked file=src/…/x.ts   type-checked as if it were that file, then imported
//   ```ts excerpt        part of a larger file: not checked (say so explicitly)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'astro/zod';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { PLACEHOLDER_SUMMARY, storyTemplate } from '../../scripts/authoring/new-story';
import { chartIds } from '../../src/charts/registry';
import { readDocumentTexts } from '../../src/provenance/document-texts';
import { readSourceTexts } from '../../src/provenance/source-texts';
import { lintStory, storyContext } from '../../src/provenance/story-lint';
import { checkCitations, parseDataset } from '../../src/provenance/validate-dataset';
import { datasetSchemas } from '../../src/schemas/datasets';
import { componentExamples, type ExampleName, exampleMdx } from '../../src/site/authoring-examples';
import { chartSnippets } from '../../src/site/chart-snippets';

const root = process.cwd();
const context = storyContext(root);
const guide = readFileSync('AUTHORING.md', 'utf8');

interface Block {
  lang: string;
  meta: string;
  code: string;
  line: number;
}

const blocks: Block[] = [...guide.matchAll(/^```(\w*)([^\n]*)\n([\s\S]*?)^```/gm)].map((m) => ({
  lang: m[1] ?? '',
  meta: (m[2] ?? '').trim(),
  code: m[3] ?? '',
  line: guide.slice(0, m.index).split('\n').length,
}));
const checked = (lang: string) => blocks.filter((b) => b.lang === lang && /\bchecked\b/.test(b.meta));
const name = (b: Block) => `AUTHORING.md:${b.line}`;

const FRONTMATTER = `---
title: Example
summary: A story that only holds an example from the authoring guide, to check it.
date: 2025-12-01
author: Tariff Ledger
sources: [stockholm-talks]
order: 99
draft: true
---

`;

function lintMdx(file: string, mdx: string): string[] {
  const text = mdx.startsWith('---') ? mdx : FRONTMATTER + mdx;
  return lintStory(file, text, context).map((e) => e.message);
}

describe('AUTHORING.md', () => {
  it('marks every mdx, json and ts block as checked or as an excerpt', () => {
    const unmarked = blocks.filter((b) => ['mdx', 'json', 'ts'].includes(b.lang) && !/\b(checked|excerpt)\b/.test(b.meta));
    expect(unmarked.map(name)).toEqual([]);
    expect(checked('mdx').length).toBeGreaterThanOrEqual(5);
    expect(checked('json').length).toBeGreaterThanOrEqual(1);
    expect(checked('ts').length).toBeGreaterThanOrEqual(1);
  });

  it.each(checked('mdx').map((b) => [name(b), b] as const))('%s: the MDX passes the story linter', (_, block) => {
    expect(lintMdx('content/stories/example.mdx', block.code)).toEqual([]);
  });

  // TypeScript blocks: type-checked in place (as if the file existed), then loaded for the JSON checks.
  const tsBlocks = checked('ts').map((b) => ({ ...b, file: /\bfile=(\S+)/.exec(b.meta)?.[1] }));
  const temp = mkdtempSync(join(tmpdir(), 'tl-authoring-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it.each(tsBlocks.map((b) => [name(b), b] as const))(
    '%s: the TypeScript type-checks where it would live',
    (_, block) => {
      expect(block.file, 'a checked ts block names its file: ```ts checked file=src/…').toBeDefined();
      expect(typeCheck(resolve(root, block.file as string), block.code)).toEqual([]);
    },
    60_000,
  );

  const schemas: Record<string, z.ZodType> = { ...datasetSchemas };
  async function loadExampleSchemas(): Promise<void> {
    for (const block of tsBlocks) {
      if (!block.file?.startsWith('src/schemas/datasets/')) continue;
      const id = block.file.replace(/^.*\//, '').replace(/\.ts$/, '');
      const module = (await importAt(block.code, resolve(root, block.file), temp)) as Record<string, unknown>;
      // The dataset file schema: the export whose shape has `records`.
      const schema = Object.values(module).find((v) => (v as { shape?: Record<string, unknown> })?.shape?.records) as z.ZodType | undefined;
      if (schema) schemas[id] = schema;
    }
  }

  it.each(checked('json').map((b) => [name(b), b] as const))(
    '%s: the dataset parses and its citations check out',
    async (_, block) => {
      await loadExampleSchemas();
      const raw = JSON.parse(block.code) as { id: string };
      const file = `content/data/${raw.id}.json`;
      let errors: string[] = [];
      try {
        const data = parseDataset(file, raw.id, raw, schemas) as { records: unknown[] };
        const references = new Set(((context.datasets.get('references')?.data.records ?? []) as { id: string }[]).map((r) => r.id));
        errors = checkCitations(file, data, { sources: readSourceTexts(root), references, documents: readDocumentTexts(root) }).map(
          (e) => e.message,
        );
      } catch (problems) {
        errors = (problems as Error[]).map((e) => e.message);
      }
      expect(errors).toEqual([]);
    },
    60_000,
  );

  it('would catch a broken example (the checks above are not vacuous)', async () => {
    expect(lintMdx('content/stories/example.mdx', '<Chart id="tarif-stack" />\n')).not.toEqual([]);
    const schema = tsBlocks.find((b) => b.file?.startsWith('src/schemas/datasets/'));
    expect(schema).toBeDefined();
    const path = resolve(root, schema?.file as string);
    expect(typeCheck(path, `${schema?.code}\nexport const wrong: number = 'text';\n`)).toHaveLength(1);
    await loadExampleSchemas();
    const [json] = checked('json');
    const raw = JSON.parse(json?.code ?? '{}');
    raw.records[0].partner = 'USA';
    expect(() => parseDataset(`content/data/${raw.id}.json`, raw.id, raw, schemas)).toThrow();
  }, 60_000);

  it('names only npm scripts that exist', () => {
    const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts);
    const named = [...guide.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1] as string);
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((s) => !scripts.includes(s))).toEqual([]);
  });

  it('links only to headings that exist', () => {
    const anchors = new Set(
      [...guide.matchAll(/^#{1,4} (.+)$/gm)].map((m) =>
        (m[1] as string)
          .toLowerCase()
          .replace(/[^\w\s-]/g, '')
          .replace(/\s/g, '-'),
      ),
    );
    const links = [...guide.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1] as string);
    expect(links.filter((a) => !anchors.has(a))).toEqual([]);
  });
});

describe('component reference and story template', () => {
  it.each(Object.keys(componentExamples) as ExampleName[])('the <%s> example passes the linter', (component) => {
    expect(lintMdx('content/stories/example.mdx', `${exampleMdx(component)}\n`)).toEqual([]);
  });

  it.each(chartIds)('the snippets for chart %s pass the linter', (id) => {
    expect(lintMdx('content/stories/example.mdx', `${chartSnippets(id).join('\n\n')}\n`)).toEqual([]);
  });

  const fresh = storyTemplate({
    title: 'Tariffs: how the truce held',
    date: '2025-12-01',
    author: 'Tariff Ledger',
    sources: ['stockholm-talks'],
    order: 10,
  });

  it('a fresh story passes the linter, as a draft', () => {
    expect(lintMdx('content/stories/fresh.mdx', fresh)).toEqual([]);
    expect(fresh).toContain('draft: true');
    expect(fresh).toContain(PLACEHOLDER_SUMMARY);
  });

  it('every example in its comment passes too, once copied out of the comment', () => {
    const uncommented = fresh.replace('{/*', '').replace('*/}', '');
    expect(uncommented).toContain('<Scrolly chart=');
    expect(lintMdx('content/stories/fresh.mdx', uncommented)).toEqual([]);
  });
});

/** Type errors in `code` as if it were the file at `path` in this project (no file is written). */
/** Files parsed once for every check: a second program reuses them instead of parsing the libraries again. */
const parsedFiles = new Map<string, ts.SourceFile>();

function typeCheck(path: string, code: string): string[] {
  const configFile = ts.findConfigFile(root, ts.sys.fileExists, 'tsconfig.json') as string;
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, ...rest) => {
    if (resolve(file) === path) return ts.createSourceFile(file, code, language);
    const cached = parsedFiles.get(file) ?? getSourceFile(file, language, ...rest);
    if (cached) parsedFiles.set(file, cached);
    return cached;
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => resolve(file) === path || fileExists(file);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => (resolve(file) === path ? code : readFile(file));
  const program = ts.createProgram([path], options, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(path))
    .map((d) => `${d.start ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

/** Imports `code` as if it were the file at `path`: relative imports point into the project, `astro/zod` at its one copy. */
async function importAt(code: string, path: string, dir: string): Promise<unknown> {
  const zod = import.meta.resolve('astro/zod');
  const rewritten = code
    .replace(/from '(\.{1,2}\/[^']+)'/g, (_, spec: string) => `from '${resolve(dirname(path), spec)}'`)
    .replace(/from 'astro\/zod'/g, `from '${zod}'`);
  const file = join(dir, path.replace(/[^\w.]+/g, '_'));
  writeFileSync(file, rewritten);
  return import(file);
}
