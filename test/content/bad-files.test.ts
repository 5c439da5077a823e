// Files as they arrive from editors and copy-paste: a byte-order mark, broken YAML, an empty or
// truncated JSON file, NaN, an impossible date, two stories with one address. Each is either
// read as the author meant or refused with `file:line (field): problem → fix`.
// Runs against a copy of content/ in a temporary folder, so the cases can break files freely.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ContentError, ContentErrors } from '../../src/provenance/content-error';
import { readDatasets } from '../../src/provenance/dataset-loader';
import { checkSources } from '../../src/provenance/source-loader';
import { readSourceTexts } from '../../src/provenance/source-texts';
import { lintStories } from '../../src/provenance/story-lint';
import { isoDateSchema } from '../../src/schemas/common';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tl-bad-files-'));
  for (const dir of ['sources', 'data', 'stories', 'documents'])
    cpSync(join('content', dir), join(root, 'content', dir), { recursive: true, filter: (src) => !/[\\/]raw($|[\\/])/.test(src) });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const SOURCE = 'content/sources/stockholm-talks.md';
const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));

/** The problems a call throws (ContentErrors), or [] when it does not throw. */
function thrown(run: () => unknown): ContentError[] {
  try {
    run();
    return [];
  } catch (error) {
    if (error instanceof ContentErrors) return error.problems;
    throw error;
  }
}

/** One message, in the form `file:line (what): problem\n  → fix`. */
function expectOne(errors: readonly ContentError[], start: string, ...says: string[]) {
  const messages = errors.map((e) => e.message);
  expect(messages, messages.join('\n\n')).toHaveLength(1);
  const [message = ''] = messages;
  expect(message.startsWith(start), `${message}\nshould start with ${start}`).toBe(true);
  expect(message).toMatch(/^\S+:\d+( \(.+\))?: .+\n {2}→ \S/);
  for (const words of says) expect(message).toContain(words);
}

describe('sources', () => {
  it('broken YAML in the frontmatter names the file and the line, not a stack trace', () => {
    edit(SOURCE, (t) => t.replace(/^publisher: (.*)$/m, 'publisher: "$1'));
    expectOne(
      thrown(() => readSourceTexts(root)),
      `${SOURCE}:`,
      'frontmatter is not valid YAML',
    );
  });

  it('a schema problem names the line and the field, not file:0:0', () => {
    edit(SOURCE, (t) => t.replace(/^url: .*$/m, 'url: "javascript:alert(1)"'));
    const line =
      readFileSync(join(root, SOURCE), 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('url:')) + 1;
    expectOne(checkSources(root), `${SOURCE}:${line} (frontmatter field "url"): not an http(s) address`);
  });

  it('a byte-order mark is read past', () => {
    const before = readSourceTexts(root).get('stockholm-talks');
    edit(SOURCE, (t) => `\uFEFF${t}`);
    expect(readSourceTexts(root).get('stockholm-talks')?.frontmatter).toEqual(before?.frontmatter);
    expect(checkSources(root)).toEqual([]);
  });
});

describe('datasets', () => {
  const DATA = 'content/data/us-china-tariffs.json';
  const load = () => readDatasets(root).errors.filter((e) => e.file === DATA);

  it('a byte-order mark is read past', () => {
    edit(DATA, (t) => `\uFEFF${t}`);
    expect(load()).toEqual([]);
  });

  it('an empty file says it is empty', () => {
    writeFileSync(join(root, DATA), '\n');
    expectOne(load(), `${DATA}:1: the file is empty`);
  });

  it('a truncated file names its last line', () => {
    edit(DATA, (t) => t.slice(0, Math.floor(t.length / 2)));
    expectOne(load(), `${DATA}:`, 'not valid JSON', 'ends before');
  });

  it.each(['NaN', 'Infinity', '-Infinity'])('%s names its line and says to write a number or null', (token) => {
    let line = 0;
    edit(DATA, (t) => {
      const lines = t.split('\n');
      line = lines.findIndex((l) => /"reciprocal": \d/.test(l)) + 1;
      lines[line - 1] = (lines[line - 1] as string).replace(/: \d+(\.\d+)?/, `: ${token}`);
      return lines.join('\n');
    });
    expectOne(load(), `${DATA}:${line}:`, token, 'not valid JSON', 'null');
  });

  it('a record problem points at the line of the record in the JSON file', () => {
    let line = 0;
    edit(DATA, (t) => {
      const lines = t.split('\n');
      line = lines.findIndex((l) => /"reciprocal": \d/.test(l)) + 1;
      lines[line - 1] = (lines[line - 1] as string).replace(/: \d+(\.\d+)?/, ': 99999');
      return lines.join('\n');
    });
    const [error] = load();
    expect(error?.message).toMatch(new RegExp(`^${DATA}:\\d+ \\(record "[^"]+" \\(records\\[\\d+\\]\\), field "[^"]+"\\): `));
    expect(Math.abs((error?.line ?? 0) - line)).toBeLessThan(15);
    expect(error?.loc?.file).toMatch(/us-china-tariffs\.json$/);
  });
});

describe('stories', () => {
  it('two stories with the same address are refused, naming both files', () => {
    cpSync(join(root, 'content/stories/japans-rounds.mdx'), join(root, 'content/stories/Japans-Rounds.mdx'));
    const errors = lintStories(root).filter((e) => /same address/.test(e.message));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain('content/stories/Japans-Rounds.mdx');
    expect(errors[0]?.message).toContain('content/stories/japans-rounds.mdx');
    expect(errors[0]?.message).toContain('/stories/japans-rounds/');
  });

  it('a byte-order mark is read past', () => {
    edit('content/stories/japans-rounds.mdx', (t) => `\uFEFF${t}`);
    expect(lintStories(root).map((e) => e.message)).toEqual([]);
  });
});

describe('MDX syntax', () => {
  const STORY = 'content/stories/japans-rounds.mdx';
  it.each([
    ['Some text with a brace { that is not closed.', 'closing brace', 'write \\{'],
    ['Text with <b>bold that is never closed.', 'closing tag for `<b>`', 'close the tag'],
    ['Rates went <Cite source="stockholm-talks" quote="x"> up.', 'closing tag for `<Cite>`', '/>'],
  ])('%j names the line and gives a fix', (line, says, fix) => {
    let at = 0;
    edit(STORY, (t) => {
      const lines = t.split('\n');
      at = lines.length - 1;
      lines.splice(at - 1, 0, '', line, '');
      return lines.join('\n');
    });
    const errors = lintStories(root).filter((e) => e.where === 'MDX');
    expectOne(errors, `${STORY}:${at + 1} (MDX): the story is not valid MDX`, says, fix);
  });
});

describe('links in a story', () => {
  const STORY = 'content/stories/japans-rounds.mdx';
  it.each([
    ['[click](javascript:alert(1))', 'javascript'],
    ['[click](javascript&#58;alert(1))', 'javascript'],
    ['[click](<java\tscript:alert(1)>)', 'javascript'],
    ['<a href="vbscript:msgbox(1)">click</a>', 'vbscript'],
    ['[click][r]\n\n[r]: data:text/html,<script>alert(1)</script>', 'data'],
  ])('%j is refused at its line', (markdown, scheme) => {
    edit(STORY, (t) => `${t}\n${markdown}\n`);
    const errors = lintStories(root).filter((e) => e.where === 'link' && e.message.includes(`"${scheme}:"`));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/^content\/stories\/japans-rounds\.mdx:\d+ \(link\): .+\n {2}→ /);
  });

  it('http(s), mailto and relative links pass', () => {
    edit(STORY, (t) => `${t}\n[a](https://example.org/) [b](mailto:x@example.org) [c](../method/) [d](#top)\n`);
    expect(lintStories(root).filter((e) => e.where === 'link')).toEqual([]);
  });
});

describe('dates', () => {
  it.each([
    ['2025-02-30', 'February 2025 has 28 days'],
    ['2024-02-30', 'February 2024 has 29 days'],
    ['2025-04-31', 'April 2025 has 30 days'],
    ['2025-13-01', 'there is no month 13'],
  ])('%s is called an impossible date, not a wrong format', (date, says) => {
    const message = isoDateSchema.safeParse(date).error?.issues[0]?.message ?? '';
    expect(message).toContain(`"${date}" is not a date in the calendar`);
    expect(message).toContain(says);
  });

  it('a wrong format is still told the format', () => {
    expect(isoDateSchema.safeParse('10 April 2025').error?.issues[0]?.message).toContain('expected an ISO date like "2025-04-10"');
  });
});

describe('found by the property tests', () => {
  const STORY = 'content/stories/japans-rounds.mdx';
  it('a frontmatter key with regex characters is reported, not thrown', () => {
    edit(STORY, (t) => t.replace(/^date:/m, '(date:'));
    const errors = lintStories(root).filter((e) => e.file === STORY);
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e.message).toMatch(/^content\/stories\/japans-rounds\.mdx:\d+ /);
  });

  it('a missing prop that takes one of a list is called missing, not "undefined is not allowed"', () => {
    edit(STORY, (t) => `${t}\n<Num dataset="claims" record="x" field="y" />\n`);
    const messages = lintStories(root).map((e) => e.message);
    expect(messages.some((m) => m.includes('missing prop "format"'))).toBe(true);
    expect(messages.join('\n')).not.toContain('undefined is not allowed');
  });
});
