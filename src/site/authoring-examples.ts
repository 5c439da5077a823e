/**
 * One working example of each story component, shared by the component reference (/authoring/,
 * which renders it live next to its MDX) and the `npm run new:story` template. Every example is
 * checked against the real sources and datasets by test/integration/authoring-examples.test.ts, so a
 * renamed record or reworded source breaks a test rather than the page an author copies from.
 */

export interface ComponentExample {
  /** Props as written in MDX (plain strings). */
  props: Record<string, string>;
  /** Text between the opening and closing tags, for components that wrap text. */
  text?: string;
  /** Steps inside a <Scrolly>. */
  steps?: { event: string; text: string }[];
}

export const componentExamples = {
  Chart: {
    props: { id: 'us-china-escalation', view: 'components', caption: 'The American rate on Chinese goods, split into its two parts.' },
  },
  Num: { props: { dataset: 'us-china-tariffs', record: 'us-2025-04-10', field: 'rate', format: 'percent' } },
  Cite: { props: { source: 'stockholm-talks', quote: 'tariff rates soaring to triple digits' } },
  Doc: { props: { id: 'eo-14257' }, text: 'Executive Order 14257' },
  Scrolly: {
    props: { chart: 'us-china-escalation' },
    steps: [
      { event: 'us-2025-04-09', text: 'The reciprocal rate on China rose again, before the country rates had applied a single day.' },
      { event: 'us-2025-04-10', text: 'A day later it rose once more: the peak of the escalation.' },
    ],
  },
  HowWeKnow: {
    props: { title: 'Where the rate comes from' },
    text: 'The rate is the sum of the duties in the executive orders, not a figure from a news report.',
  },
  ReactiveRate: { props: { partner: 'CN' } },
} as const satisfies Record<string, ComponentExample>;

export type ExampleName = keyof typeof componentExamples;

function attributes(props: Record<string, string>): string {
  return Object.entries(props)
    .map(([key, value]) => ` ${key}="${value}"`)
    .join('');
}

/** The MDX of one example, as an author would write it. */
export function exampleMdx(name: ExampleName): string {
  const example: ComponentExample = componentExamples[name];
  if (example.steps) {
    const steps = example.steps.map((s) => `<Step event="${s.event}">\n${s.text}\n</Step>`).join('\n');
    return `<${name}${attributes(example.props)}>\n${steps}\n</${name}>`;
  }
  if (example.text !== undefined) {
    // Block components get their text on its own lines, so MDX reads it as a paragraph.
    return name === 'HowWeKnow'
      ? `<${name}${attributes(example.props)}>\n${example.text}\n</${name}>`
      : `<${name}${attributes(example.props)}>${example.text}</${name}>`;
  }
  return `<${name}${attributes(example.props)} />`;
}
