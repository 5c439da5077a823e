/**
 * The site's one palette: each meaning has one colour in every chart, legend, explorer and
 * export (a duty layer, a country, a year, announced against applied). Charts name a meaning,
 * `colour('fentanyl')`, and get a CSS custom property, so light, dark and print follow without
 * re-rendering; build-time pictures resolve the same values from here.
 *
 * Meanings that appear together (the layers of one stack: baseline, reciprocal, fentanyl,
 * Section 232, 301 and 122, penalty; the US and China) have clearly different hues; a hue is
 * reused only across meanings that never share a chart (talks and Section 301, say).
 *
 * The custom properties in src/styles/global.css are generated from this table
 * (`paletteCss()`); test/unit/palette.test.ts fails if they drift and checks every colour's
 * contrast against the page in both schemes (WCAG 2: at least 4.5:1 for colours that label
 * text, 3:1 for marks only).
 */

interface Swatch {
  /** On the light page (#fbfaf7). */
  light: string;
  /** On the dark page (#15161a). */
  dark: string;
  /** What it colours: text labels too (needs 4.5:1), marks only (3:1), or decoration such as grid lines (no minimum). */
  use: 'text' | 'mark' | 'decor';
}

const swatch = (light: string, dark: string, use: Swatch['use'] = 'text'): Swatch => ({ light, dark, use });

export const palette = {
  // Who: the United States, China, any other partner.
  us: swatch('#c2410c', '#fb923c'),
  china: swatch('#1d4ed8', '#7aa7ff'),
  partner: swatch('#0f766e', '#2dd4bf'),
  // When: the year in question against the year before.
  yearCurrent: swatch('#334155', '#e2e8f0'),
  yearPrevious: swatch('#8a857b', '#8f8b83', 'mark'),
  // US duty layers, by legal basis.
  baseline: swatch('#0e7490', '#22d3ee'),
  reciprocal: swatch('#b91c1c', '#fca5a5'),
  fentanyl: swatch('#7e22ce', '#d8b4fe'),
  /** Steel grey: the metals tariffs came first under Section 232. */
  section232: swatch('#57534e', '#d6d3d1'),
  section301: swatch('#0f766e', '#2dd4bf'),
  section122: swatch('#4d7c0f', '#a3e635'),
  penalty: swatch('#a16207', '#facc15'),
  /** A negotiated rate: a deal's all-in rate, or the rate a deal set. */
  deal: swatch('#047857', '#34d399'),
  // Events on a timeline.
  talks: swatch('#0f766e', '#2dd4bf'),
  deadline: swatch('#a16207', '#facc15'),
  // Trade flows.
  imports: swatch('#0e7490', '#22d3ee'),
  exports: swatch('#4d7c0f', '#a3e635'),
  deficit: swatch('#b91c1c', '#fca5a5'),
  surplus: swatch('#047857', '#34d399'),
  /** Context: an announced rate that never applied is drawn hollow in its layer's colour; this is for everything in the background. */
  muted: swatch('#8a857b', '#9a968d', 'mark'),
  grid: swatch('#e4e0d6', '#30333a', 'decor'),
} as const satisfies Record<string, Swatch>;

export type ColourName = keyof typeof palette;

const kebab = (name: string) => name.replace(/[A-Z0-9]+/g, (m) => `-${m.toLowerCase()}`);

/** The custom property of a meaning, for SVG attributes and CSS: `var(--c-fentanyl)`. */
export const colour = (name: ColourName) => `var(--c-${kebab(name)})`;

/** The `:root` declarations for global.css, one per meaning, light and dark. */
export function paletteCss(): string {
  return Object.entries(palette)
    .map(([name, s]) => `  --c-${kebab(name)}: light-dark(${s.light}, ${s.dark});`)
    .join('\n');
}

/** Light-scheme values by custom property name (`--c-us` → `#c2410c`), for pictures made without CSS. */
export function lightColours(): Map<string, string> {
  return new Map(Object.entries(palette).map(([name, s]) => [`--c-${kebab(name)}`, s.light]));
}

/** WCAG 2 contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
    const channel = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
