import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { wrapWordsClamped } from '../shared/text';
import { cached, cacheKey } from './build-cache';
import { lightPalette, resolveColours } from './palette';

const require = createRequire(import.meta.url);
// A font shipped in an npm package, so preview images look the same on every machine.
const fontDir = dirname(require.resolve('@expo-google-fonts/inter/package.json'));
const fontFiles = [join(fontDir, '400Regular/Inter_400Regular.ttf'), join(fontDir, '700Bold/Inter_700Bold.ttf')];

const WIDTH = 1200;
const HEIGHT = 630;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

/**
 * A 1200×630 link-preview picture: site name, kicker, title and, when given, the chart itself
 * (its server-rendered SVG with colours resolved to the light theme).
 */
export function ogImage(options: { kicker: string; title: string; chartSvg?: string; subtitle?: string }): Buffer {
  const palette = lightPalette();
  const bg = palette.get('--bg') ?? '#fff';
  const text = palette.get('--text') ?? '#000';
  const accent = palette.get('--accent') ?? '#a00';
  const muted = palette.get('--text-muted') ?? '#555';
  const titleLines = wrapWordsClamped(options.title, options.chartSvg ? 46 : 34, options.chartSvg ? 2 : 4);
  const titleSize = options.chartSvg ? 44 : 60;
  const titleTop = 150;
  const titleSvg = titleLines
    .map(
      (line, i) =>
        `<text x="60" y="${titleTop + i * titleSize * 1.2}" font-size="${titleSize}" font-weight="700" fill="${text}">${escapeXml(line)}</text>`,
    )
    .join('');
  const chartTop = titleTop + titleLines.length * titleSize * 1.2 + 10;
  let chart = '';
  if (options.chartSvg) {
    const inner = resolveColours(options.chartSvg, palette)
      .replace(/^<svg\b[^>]*>/, (open) => open.replace(/\s(width|height|font-size|font-family)="[^"]*"/g, ''))
      .replace(
        /^<svg\b/,
        `<svg x="60" y="${chartTop}" width="${WIDTH - 120}" height="${HEIGHT - chartTop - 30}" preserveAspectRatio="xMidYMin meet"`,
      )
      .replace(/\srole="img"|\saria-label="[^"]*"|\sclass="[^"]*"/g, '');
    chart = inner.replace(/<svg\b/, `<svg font-size="12"`);
  } else if (options.subtitle) {
    chart = wrapWordsClamped(options.subtitle, 60, 3)
      .map((line, i) => `<text x="60" y="${chartTop + 40 + i * 42}" font-size="30" fill="${muted}">${escapeXml(line)}</text>`)
      .join('');
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="Inter">
<rect width="100%" height="100%" fill="${bg}"/>
<rect x="60" y="48" width="36" height="36" rx="6" fill="${accent}"/>
<text x="78" y="74" font-size="24" font-weight="700" fill="${bg}" text-anchor="middle">%</text>
<text x="110" y="75" font-size="28" font-weight="700" fill="${text}">Tariff Ledger</text>
<text x="${WIDTH - 60}" y="75" font-size="22" font-weight="700" fill="${accent}" text-anchor="end" letter-spacing="2">${escapeXml(options.kicker.toUpperCase())}</text>
${titleSvg}
${chart}
</svg>`;
  // Rasterising is the costliest step of a preview picture: the PNG is cached by the SVG it is
  // drawn from (fonts and resvg are pinned by package-lock.json, part of every cache key).
  return cached(cacheKey('og-png', svg), 'png', () => {
    const resvg = new Resvg(svg, {
      font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Inter' },
      fitTo: { mode: 'width', value: WIDTH },
    });
    return resvg.render().asPng();
  });
}
