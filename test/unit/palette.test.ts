import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colour, contrastRatio, palette, paletteCss } from '../../src/shared/palette';

const pages = { light: ['#fbfaf7', '#ffffff'], dark: ['#15161a', '#1d1f24'] } as const;

describe('the palette', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
  });

  it('gives every colour enough contrast on the page and on raised panels, in both schemes', () => {
    const failures: string[] = [];
    for (const [name, s] of Object.entries(palette)) {
      const min = s.use === 'text' ? 4.5 : s.use === 'mark' ? 3 : 1;
      for (const scheme of ['light', 'dark'] as const)
        for (const bg of pages[scheme]) {
          const ratio = contrastRatio(s[scheme], bg);
          if (ratio < min) failures.push(`${name} ${scheme} ${s[scheme]} on ${bg}: ${ratio.toFixed(2)} < ${min}`);
        }
    }
    expect(failures).toEqual([]);
  });

  it('is what global.css declares (edit src/shared/palette.ts, then paste paletteCss() between the palette markers)', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const block = /\/\* palette:start[^*]*\*\/\n([\s\S]*?)\n\s*\/\* palette:end \*\//.exec(css)?.[1];
    expect(block).toBe(paletteCss());
  });

  it('names colours by meaning', () => {
    expect(colour('fentanyl')).toBe('var(--c-fentanyl)');
    expect(colour('section232')).toBe('var(--c-section-232)');
    expect(colour('yearCurrent')).toBe('var(--c-year-current)');
  });

  it('is the only source of colour in chart code: no hex colours, no numbered series', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
    const offenders = [...files('src/charts'), ...files('src/client')].filter((f) => {
      const code = readFileSync(f, 'utf8');
      return /['"`]#[0-9a-fA-F]{3,8}['"`]|var\(--series-/.test(code);
    });
    expect(offenders).toEqual([]);
  });
});
