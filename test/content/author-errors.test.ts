// Every mistake an author can make gets a message that names the file and the line (stories) or
// the record and field (datasets), says what was expected, and suggests the nearest valid value.
// One test per mistake, each against the real sources and datasets; AUTHORING.md ("When the build
// says no") explains each message. story-lint.test.ts and datasets-bad-input.test.ts test more
// cases of the same checks.
import { describe, expect, it } from 'vitest';
import { readDatasets } from '../../src/provenance/dataset-loader';
import { lintStory, storyContext } from '../../src/provenance/story-lint';
import { parseDataset } from '../../src/provenance/validate-dataset';
import { problems, rawDataset } from './datasets-support';

const context = storyContext();
const FILE = 'content/stories/trial.mdx';

const head = `---
title: How the truce held
summary: The Geneva truce cut the tariffs the United States and China charged each other, and talks kept it alive.
date: 2025-12-01
author: Tariff Ledger
sources: [stockholm-talks]
order: 10
---
`;
/** Line of the first body line: the frontmatter above takes lines 1–8. */
const BODY = 9;

function lint(body: string, frontmatter = head): string[] {
  return lintStory(FILE, frontmatter + body, context).map((e) => e.message);
}

interface Expected {
  /** The location part: `file:line (what)` or `file (record …, field …)`. */
  at: string;
  /** What went wrong and what was expected, in words. */
  says: string[];
  /** The nearest valid value, when there is one. */
  suggests?: string;
}

/** Exactly one message; it starts with the location, explains itself, and gives a fix after "→". */
function expectFriendly(messages: string[], { at, says, suggests }: Expected): void {
  expect(messages, `messages were:\n${messages.join('\n\n')}`).toHaveLength(1);
  const [message = ''] = messages;
  expect(message.startsWith(`${at}: `), `${message}\nshould start with ${at}: `).toBe(true);
  for (const words of says) expect(message).toContain(words);
  expect(message).toMatch(/\n {2}→ \S/);
  if (suggests) expect(message).toContain(`did you mean ${suggests}`);
}

describe('story frontmatter', () => {
  it('not valid YAML: names the line', () => {
    const broken = head.replace('title: How the truce held', 'title: Tariffs: how the truce held');
    expectFriendly(lint('Text.\n', broken), { at: `${FILE}:2 (frontmatter)`, says: ['not valid YAML', 'double quotes'] });
  });

  it('no frontmatter at all', () => {
    expectFriendly(
      lintStory(FILE, 'Text only.\n', context).map((e) => e.message),
      {
        at: `${FILE}:1`,
        says: ['no frontmatter', 'between two "---" lines', 'npm run new:story'],
      },
    );
  });

  it('a required field left out', () => {
    expectFriendly(lint('Text.\n', head.replace('author: Tariff Ledger\n', '')), {
      at: `${FILE}:1 (frontmatter field "author")`,
      says: ['required field is missing', 'expected a string'],
    });
  });

  it('a field of the wrong type', () => {
    expectFriendly(lint('Text.\n', head.replace('order: 10', 'order: first')), {
      at: `${FILE}:7 (frontmatter field "order")`,
      says: ['expected a number, got the string "first"'],
    });
  });

  it('a date that is not ISO', () => {
    expectFriendly(lint('Text.\n', head.replace('date: 2025-12-01', 'date: 1 December 2025')), {
      at: `${FILE}:4 (frontmatter field "date")`,
      says: ['expected an ISO date like "2025-04-10"'],
    });
  });

  it('an unknown field, with the nearest real one', () => {
    expectFriendly(lint('Text.\n', head.replace('author:', 'autor:')), {
      at: `${FILE}:5 (frontmatter field "autor")`,
      says: ['unknown frontmatter field "autor"'],
      suggests: '"author"',
    });
  });

  it('an unknown source id, with the nearest real one', () => {
    expectFriendly(lint('Text.\n', head.replace('[stockholm-talks]', '[stockholm-talk]')), {
      at: `${FILE}:6 (frontmatter field "sources.0")`,
      says: ['unknown source id "stockholm-talk"', 'npm run new:source'],
      suggests: '"stockholm-talks"',
    });
  });
});

describe('story components', () => {
  it('an unknown component', () => {
    expectFriendly(lint('<Chrat id="us-china-escalation" />\n'), {
      at: `${FILE}:${BODY} (<Chrat>)`,
      says: ['unknown component <Chrat>'],
      suggests: '<Chart>',
    });
  });

  it('an unknown chart id', () => {
    expectFriendly(lint('Text.\n\n<Chart id="tarif-stack" />\n'), {
      at: `${FILE}:${BODY + 2} (<Chart>)`,
      says: ['unknown chart id "tarif-stack"', 'Valid chart ids'],
      suggests: '"tariff-stack"',
    });
  });

  it('a view the chart does not have', () => {
    expectFriendly(lint('<Chart id="us-china-escalation" view="component" />\n'), {
      at: `${FILE}:${BODY} (<Chart>)`,
      says: ['has no view "component"', '"rates", "components"'],
      suggests: '"components"',
    });
  });

  it('a prop the chart does not take', () => {
    expectFriendly(lint('<Chart id="tariff-stack" partnr="KR" />\n'), {
      at: `${FILE}:${BODY} (<Chart>)`,
      says: ['unknown prop "partnr" for chart "tariff-stack"'],
      suggests: '"partner"',
    });
  });

  it('a chart param with a value it does not allow', () => {
    expectFriendly(lint('<Chart id="tariff-stack" partner="XX" />\n'), {
      at: `${FILE}:${BODY} (<Chart>)`,
      says: ['prop "partner" of chart "tariff-stack": "XX" is not allowed', 'valid values: "CN"'],
    });
  });

  it('a misspelt prop of <Cite>', () => {
    expectFriendly(lint('<Cite sorce="stockholm-talks" source="stockholm-talks" quote="tariff rates soaring to triple digits" />\n'), {
      at: `${FILE}:${BODY} (<Cite>)`,
      says: ['unknown prop "sorce"', '/authoring/#cite'],
      suggests: '"source"',
    });
  });

  it('a required prop left out', () => {
    expectFriendly(lint('<Cite source="stockholm-talks" />\n'), {
      at: `${FILE}:${BODY} (<Cite>)`,
      says: ['missing prop "quote"', 'quote="…"'],
    });
  });

  it('a prop value outside its allowed set', () => {
    expectFriendly(lint('<Num dataset="us-china-tariffs" record="us-2025-04-10" field="rate" format="percentage" />\n'), {
      at: `${FILE}:${BODY} (<Num>)`,
      says: ['prop "format": "percentage" is not allowed', 'expected one of "percent", "billions"'],
      suggests: 'format="percent"',
    });
  });

  it('an expression where a plain string belongs', () => {
    expectFriendly(lint('<Chart id={chart} />\n'), {
      at: `${FILE}:${BODY} (<Chart>)`,
      says: ['is an expression {chart}', 'use a plain string'],
    });
  });

  it('an unknown source in <Cite>', () => {
    expectFriendly(lint('<Cite source="stockholm" quote="tariff rates soaring to triple digits" />\n'), {
      at: `${FILE}:${BODY} (<Cite>)`,
      says: ['unknown source "stockholm"'],
      suggests: '"stockholm-talks"',
    });
  });

  it('a quote that is not in its source, with the closest passage', () => {
    expectFriendly(lint('<Cite source="stockholm-talks" quote="tariff rates soaring to three digits" />\n'), {
      at: `${FILE}:${BODY} (<Cite>)`,
      says: [
        'quote not found in content/sources/stockholm-talks.md',
        'closest passage',
        'tariff rates soaring to triple digits',
        'exact words',
      ],
    });
  });

  it('an unknown dataset in <Num>', () => {
    expectFriendly(lint('<Num dataset="us-china-tarifs" record="us-2025-04-10" field="rate" format="percent" />\n'), {
      at: `${FILE}:${BODY} (<Num>)`,
      says: ['unknown dataset "us-china-tarifs"'],
      suggests: '"us-china-tariffs"',
    });
  });

  it('an unknown record in <Num>', () => {
    expectFriendly(lint('<Num dataset="us-china-tariffs" record="us-2025-04-11" field="rate" format="percent" />\n'), {
      at: `${FILE}:${BODY} (<Num>)`,
      says: ['dataset "us-china-tariffs" has no record "us-2025-04-11"'],
      suggests: '"us-2025-04-10"',
    });
  });

  it('an unknown field in <Num>', () => {
    expectFriendly(lint('<Num dataset="us-china-tariffs" record="us-2025-04-10" field="rates" format="percent" />\n'), {
      at: `${FILE}:${BODY} (<Num>)`,
      says: ['record "us-2025-04-10" has no field "rates"'],
      suggests: '"rate"',
    });
  });

  it('a field that cannot be written in the format asked', () => {
    expectFriendly(lint('<Num dataset="us-china-tariffs" record="us-2025-04-10" field="rate" format="day" />\n'), {
      at: `${FILE}:${BODY} (<Num>)`,
      says: ['field "rate" cannot be written as day', 'expected an ISO date'],
    });
  });

  it('an unknown document in <Doc>', () => {
    expectFriendly(lint('Under <Doc id="eo-14275">the order</Doc>, rates rose.\n'), {
      at: `${FILE}:${BODY} (<Doc>)`,
      says: ['unknown document "eo-14275"'],
      suggests: '"eo-14257"',
    });
  });

  it('a step whose event the chart does not have', () => {
    expectFriendly(lint('<Scrolly chart="us-china-escalation">\n<Step event="us-2025-04-11">\nText.\n</Step>\n</Scrolly>\n'), {
      at: `${FILE}:${BODY + 1} (<Step>)`,
      says: ['chart "us-china-escalation" has no event "us-2025-04-11"'],
      suggests: '"us-2025-04-10"',
    });
  });

  it('a step outside a scrolly', () => {
    expectFriendly(lint('<Step event="us-2025-04-10">\nText.\n</Step>\n'), {
      at: `${FILE}:${BODY} (<Step>)`,
      says: ['<Step> outside a <Scrolly>'],
    });
  });

  it('a link from the site root', () => {
    expectFriendly(lint('See [the method](/method/).\n'), {
      at: `${FILE}:${BODY} (link)`,
      says: ['link to "/method/" starts at the site root', 'sub-path', 'use a relative link, e.g. "../../method/"'],
    });
  });

  it('a number typed into prose, with the <Num> and <Cite> that would source it', () => {
    const num = '<Num dataset="us-china-tariffs" record="us-2025-04-10" field="rate" format="percent" />';
    const cite = '<Cite source="twenty-country-talks" quote="as high as 145%" />';
    expectFriendly(lint('Intro.\n\nTariffs rose to 145% in April.\n'), {
      at: `${FILE}:${BODY + 2}`,
      says: ['the number "145%" has no source', num, cite, '<Doc'],
    });
    // The suggestions are themselves valid.
    expect(lint(`Tariffs rose to ${num}, ${cite}.\n`)).toEqual([]);
  });
});

describe('datasets', () => {
  const at = (id: string, record: string, index: number, field: string) =>
    `content/data/${id}.json (record "${record}" (records[${index}]), field "${field}")`;
  const { datasets } = readDatasets();
  const indexOf = (id: string, record: string) =>
    ((datasets.get(id)?.data.records ?? []) as { id: string }[]).findIndex((r) => r.id === record);

  it('a required field left out', () => {
    const i = indexOf('negotiations', 'cn-2025-06-09-london');
    const messages = problems('negotiations', (data) => {
      delete data.records[i].date;
    });
    expectFriendly(messages, {
      at: at('negotiations', 'cn-2025-06-09-london', i, 'date'),
      says: ['required field is missing', 'expected'],
    });
  });

  it('a field of the wrong type', () => {
    const i = indexOf('sector-tariffs', 'steel-2025-06-04');
    const messages = problems('sector-tariffs', (data) => {
      data.records[i].rate = '50%';
    });
    expectFriendly(messages, {
      at: at('sector-tariffs', 'steel-2025-06-04', i, 'rate'),
      says: ['expected a number of percent, e.g. 145 (not "145%")'],
    });
  });

  it('an unknown field, with the nearest real one', () => {
    const i = indexOf('sector-tariffs', 'steel-2025-06-04');
    const messages = problems('sector-tariffs', (data) => {
      data.records[i].rat = 50;
    });
    expectFriendly(messages, {
      at: at('sector-tariffs', 'steel-2025-06-04', i, 'rat'),
      says: ['unknown field "rat"', 'expected only: id'],
      suggests: '"rate"',
    });
  });

  it('a value outside its allowed set, with the nearest', () => {
    const i = indexOf('negotiations', 'cn-2025-06-09-london');
    const messages = problems('negotiations', (data) => {
      data.records[i].kind = 'talk';
    });
    expectFriendly(messages, {
      at: at('negotiations', 'cn-2025-06-09-london', i, 'kind'),
      says: ['"talk" is not allowed', 'expected one of "round", "talks"'],
      suggests: '"talks"',
    });
  });

  it('a quote that is not in its source', () => {
    const i = indexOf('negotiations', 'all-2025-05-us-priority-list');
    const messages = problems('negotiations', (data) => {
      data.records[i].citations[0].quote = `${data.records[i].citations[0].quote.slice(0, -3)}xyz`;
    });
    expectFriendly(messages, {
      at: at('negotiations', 'all-2025-05-us-priority-list', i, 'citations.0'),
      says: ['quote not found in source', 'closest passage'],
    });
  });

  it('an unknown source in a citation', () => {
    const i = indexOf('negotiations', 'all-2025-05-us-priority-list');
    const messages = problems('negotiations', (data) => {
      data.records[i].citations[0].source = 'twenty-country-talk';
    });
    expectFriendly(messages, {
      at: at('negotiations', 'all-2025-05-us-priority-list', i, 'citations.0'),
      says: ['unknown source "twenty-country-talk"'],
      suggests: '"twenty-country-talks"',
    });
  });

  it('a file that is not valid JSON: names the line', async () => {
    const { mkdtempSync, writeFileSync, cpSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(join(tmpdir(), 'tl-json-'));
    try {
      cpSync('content', join(root, 'content'), { recursive: true, filter: (src) => !src.includes('/raw') });
      writeFileSync(join(root, 'content/data/references.json'), '{\n  "id": "references",\n}\n');
      const { errors } = readDatasets(root);
      expectFriendly(
        errors.filter((e) => e.file.endsWith('references.json')).map((e) => e.message),
        { at: 'content/data/references.json:3', says: ['not valid JSON', 'trailing comma'] },
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a dataset file with no schema, with the nearest id', () => {
    let messages: string[] = [];
    try {
      parseDataset('content/data/negotiation.json', 'negotiation', rawDataset('negotiations'));
    } catch (errors) {
      messages = (errors as Error[]).map((e) => e.message);
    }
    expectFriendly(messages, {
      at: 'content/data/negotiation.json',
      says: ['no schema is declared for a dataset named "negotiation"', 'Add a dataset'],
      suggests: '"negotiations"',
    });
  });
});
