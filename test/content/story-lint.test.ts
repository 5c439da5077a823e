import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../../src/provenance/dataset-loader';
import type { SourceText } from '../../src/provenance/source-texts';
import { findComponents, lintStory, uncitedNumbers } from '../../src/provenance/story-lint';

const sources = new Map<string, SourceText>([
  [
    'stockholm-talks',
    {
      id: 'stockholm-talks',
      file: 'content/sources/stockholm-talks.md',
      frontmatter: {},
      body: 'Currently, Chinese imports face an additional 30% tariff, while US goods are subjected to a new 10% tariff in China.',
    },
  ],
]);

const frontmatter = `---
title: From 145% to 30%
summary: How the US and China raised tariffs on each other to triple digits and then stepped back.
date: 2025-11-20
author: Tariff Ledger
sources: [stockholm-talks]
order: 1
---
`;

const datasets = loadDatasets();
const lint = (body: string, head = frontmatter) =>
  lintStory('content/stories/test.mdx', head + body, { sources, datasets }).map((e) => e.message);

describe('story linter', () => {
  it('accepts a valid story', () => {
    expect(
      lint(
        'Text.\n\n<Chart id="us-china-escalation" view="components" />\n\n<Cite source="stockholm-talks" quote="an additional 30% tariff" />\n',
      ),
    ).toEqual([]);
  });

  it('names the file and line of an unknown chart id and suggests the nearest', () => {
    const [message] = lint('Intro.\n\n<Chart id="us-china-escalaton" />\n');
    expect(message).toContain('content/stories/test.mdx:11 (<Chart>)');
    expect(message).toContain('unknown chart id "us-china-escalaton"');
    expect(message).toContain('did you mean "us-china-escalation"?');
  });

  it('rejects an unknown view and lists the valid ones', () => {
    const [message] = lint('<Chart id="us-china-escalation" view="parts" />\n');
    expect(message).toContain('has no view "parts"');
    expect(message).toContain('"rates", "components"');
  });

  it('rejects unknown props', () => {
    expect(lint('<Chart id="us-china-escalation" colour="red" />\n')[0]).toContain('unknown prop "colour" for chart "us-china-escalation"');
  });

  it('rejects expressions in props: stories use plain strings', () => {
    expect(lint('<Chart id={chartId} />\n')[0]).toContain('use a plain string');
  });

  it('reports a quote that is not in its source, with the closest passage', () => {
    const [message] = lint('<Cite source="stockholm-talks" quote="an additional 35% tariff" />\n');
    expect(message).toContain('quote not found in content/stories/'.replace('stories/', 'sources/stockholm-talks.md'));
    expect(message).toContain('closest passage');
    expect(message).toContain('an additional 30% tariff');
  });

  it('reports an unknown source with a suggestion', () => {
    expect(lint('<Cite source="stockholm-talk" quote="an additional 30% tariff" />\n')[0]).toContain('did you mean "stockholm-talks"?');
  });

  it('reports an unknown component and suggests a known one', () => {
    expect(lint('<Chrat id="us-china-escalation" />\n')[0]).toContain('did you mean <Chart>?');
  });

  it('points at the frontmatter line of a bad field', () => {
    const [message] = lint('Body.\n', frontmatter.replace('date: 2025-11-20', 'date: 20 November 2025'));
    expect(message).toContain('content/stories/test.mdx:4 (frontmatter field "date")');
    expect(message).toContain('ISO date');
  });

  it('reports a missing required field', () => {
    expect(lint('Body.\n', frontmatter.replace('author: Tariff Ledger\n', ''))[0]).toContain('frontmatter field "author"');
  });

  it('reports unknown source ids in frontmatter', () => {
    expect(lint('Body.\n', frontmatter.replace('sources: [stockholm-talks]', 'sources: [stockholm]'))[0]).toContain(
      'unknown source id "stockholm"',
    );
  });

  it('accepts numbers from datasets with <Num> and checks record and field', () => {
    expect(
      lint(
        'The rate reached <Num dataset="us-china-tariffs" record="us-2025-04-10" field="rate" format="percent" /> on <Num dataset="us-china-tariffs" record="us-2025-04-10" field="effective" format="day" />.\n',
      ),
    ).toEqual([]);
    expect(lint('<Num dataset="us-china-tariffs" record="us-2025-04-11" field="rate" format="percent" />\n')[0]).toMatch(
      /has no record "us-2025-04-11"\n.*did you mean "us-2025-04-10"\?/,
    );
    expect(lint('<Num dataset="us-china-tariffs" record="us-2025-04-10" field="rat" format="percent" />\n')[0]).toMatch(
      /has no field "rat"\n.*did you mean "rate"\?/,
    );
    expect(lint('<Num dataset="us-china-tarifs" record="us-2025-04-10" field="rate" format="percent" />\n')[0]).toContain(
      'did you mean "us-china-tariffs"?',
    );
    expect(lint('<Num dataset="us-china-tariffs" record="us-2025-04-10" field="summary" format="percent" />\n')[0]).toContain(
      'cannot be written as percent',
    );
  });

  it('checks <Doc> ids against the references', () => {
    expect(lint('Under <Doc id="eo-14257">Executive Order 14257</Doc>, rates rose.\n')).toEqual([]);
    expect(lint('Under <Doc id="eo-14258">the order</Doc>, rates rose.\n')[0]).toContain('unknown document "eo-14258"');
  });

  it('flags numbers typed into prose without a source, with their line', () => {
    const [message] = lint('Intro.\n\nTariffs rose to 145% in April.\n');
    expect(message).toContain('content/stories/test.mdx:11: ');
    expect(message).toContain('the number "145%" has no source');
  });

  it('allows years, names like G7, list markers and numbers inside components', () => {
    expect(
      uncitedNumbers(
        'In 2025, before the G7 summit:\n\n1. first\n2. second\n<Cite source="x" quote="an additional 30% tariff" /> <Doc id="eo-14257">EO 14257</Doc>\n',
      ),
    ).toEqual([]);
    expect(uncitedNumbers('a deficit of $295.4 billion and 30 percent').map((n) => n.text)).toEqual(['$295.4 billion', '30 percent']);
  });

  it('ignores components inside fenced code blocks', () => {
    expect(findComponents('```mdx\n<Chart id="nope" />\n```\n')).toEqual([]);
  });
});
