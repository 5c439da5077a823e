// Stories are read on the MDX syntax tree, by the parser Astro compiles them with: these run on
// fixtures (no datasets), the checks against the real content are in test/content/story-lint.test.ts.
import { describe, expect, it } from 'vitest';
import type { SourceText } from '../../src/provenance/source-texts';
import { findComponents, lintStory, uncitedNumbers } from '../../src/provenance/story-lint';

const sources = new Map<string, SourceText>([['a', { id: 'a', file: 'content/sources/a.md', frontmatter: {}, body: 'It said "so".' }]]);

const frontmatter = `---
title: Reading stories as MDX
summary: A story whose examples of components sit in code, where MDX shows them as text.
date: 2025-11-20
author: Tariff Ledger
sources: [a]
order: 1
---
`;

const lint = (body: string) =>
  lintStory('content/stories/test.mdx', frontmatter + body, { sources, datasets: new Map() }).map((e) => e.message);

describe('stories on the MDX syntax tree', () => {
  it('reads a component in code as text: a fence in a list item, a 4-backtick fence, double-backtick code', () => {
    const story = [
      'To add a chart:',
      '',
      '1. Write the tag on a line of its own:',
      '',
      '   ```mdx',
      '   <Chart id="nope" />',
      '   ```',
      '',
      '````md',
      '```mdx',
      '<Chart id="nope" />',
      '```',
      '````',
      '',
      'Or inline: ``<Chart id="nope" view="`x`" />``.',
      '',
    ].join('\n');
    expect(findComponents(story)).toEqual([]);
    expect(lint(story)).toEqual([]);
  });

  it('finds components with their real lines and props, across lines and inside other markup', () => {
    const uses = findComponents(
      'Intro.\n\n- Quoted <Cite\n    source="a"\n    quote=\'it said "so"\'\n  />\n\n<Chart\n  id="us-china-escalation"\n  view={"rates"}\n/>\n',
      5,
    );
    expect(uses).toEqual([
      { name: 'Cite', line: 7, props: { source: 'a', quote: 'it said "so"' } },
      { name: 'Chart', line: 12, props: { id: 'us-china-escalation', view: 'rates' } },
    ]);
  });

  it('reports an expression prop the regular expressions used to miss, without running it', () => {
    const [message] = lint('<Chart id="us-china-escalation" view={{a:1}.a} />\n');
    expect(message).toContain('content/stories/test.mdx:9 (<Chart>): attribute view is an expression {{a:1}.a}');
    expect(message).toContain('use a plain string');
    expect(lint('<Chart {...props} />\n')[0]).toContain('attribute {...props} is an expression');
    expect(lint('<Chart id="us-china-escalation" wide />\n')[0]).toContain('attribute wide has no value');
  });

  it('reports a body MDX cannot read once, with its line, instead of guessing at components', () => {
    const [message, ...rest] = lint('Intro.\n\nA comment <!-- like this --> is HTML, not MDX.\n');
    expect(rest).toEqual([]);
    expect(message).toContain('content/stories/test.mdx:11');
    expect(message).toContain('not valid MDX');
    expect(message).toContain('to create a comment in MDX');
  });

  it('does not count numbers in code, comments or link targets as prose', () => {
    expect(uncitedNumbers('Run `npm run build -- 145`.\n\n{/* 145% */}\n\n[the report](../report-2025-145/)\n\n```\n30%\n```\n')).toEqual(
      [],
    );
    expect(uncitedNumbers('Line one.\nLine two has 145%.\n', 20)).toEqual([{ line: 21, text: '145%' }]);
    expect(uncitedNumbers('| rate |\n|---|\n| 145% |\n\n![A rate of 30%](chart.png)\n').map((n) => n.text)).toEqual(['145%', '30%']);
  });
});
