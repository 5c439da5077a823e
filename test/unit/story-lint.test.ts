import { describe, expect, it } from 'vitest';
import type { SourceText } from '../../src/lib/source-texts';
import { findComponents, lintStory } from '../../src/lib/story-lint';

const sources = new Map<string, SourceText>([
  ['stockholm-talks', { id: 'stockholm-talks', file: 'content/sources/stockholm-talks.md', frontmatter: {}, body: 'Currently, Chinese imports face an additional 30% tariff, while US goods are subjected to a new 10% tariff in China.' }],
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

const lint = (body: string, head = frontmatter) => lintStory('content/stories/test.mdx', head + body, sources).map((e) => e.message);

describe('story linter', () => {
  it('accepts a valid story', () => {
    expect(lint('Text.\n\n<Chart id="us-china-escalation" view="components" />\n\n<Cite source="stockholm-talks" quote="an additional 30% tariff" />\n')).toEqual([]);
  });

  it('names the file and line of an unknown chart id and suggests the nearest', () => {
    const [message] = lint('Intro.\n\n<Chart id="us-china-escalaton" />\n');
    expect(message).toContain('content/stories/test.mdx (line 11, <Chart>)');
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
    expect(message).toContain('line 4, frontmatter field "date"');
    expect(message).toContain('ISO date');
  });

  it('reports a missing required field', () => {
    expect(lint('Body.\n', frontmatter.replace('author: Tariff Ledger\n', ''))[0]).toContain('frontmatter field "author"');
  });

  it('reports unknown source ids in frontmatter', () => {
    expect(lint('Body.\n', frontmatter.replace('sources: [stockholm-talks]', 'sources: [stockholm]'))[0]).toContain('unknown source id "stockholm"');
  });

  it('ignores components inside fenced code blocks', () => {
    expect(findComponents('```mdx\n<Chart id="nope" />\n```\n')).toEqual([]);
  });
});
