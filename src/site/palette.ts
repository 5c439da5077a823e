import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lightColours } from '../shared/palette';

/**
 * The light-theme colours of the site's custom properties, read from global.css, for pictures
 * made at build time (preview images) where CSS variables cannot resolve.
 */
export function lightPalette(root = process.cwd()): Map<string, string> {
  const css = readFileSync(resolve(root, 'src/styles/global.css'), 'utf8');
  const page = [...css.matchAll(/(--[\w-]+):\s*light-dark\((#[0-9a-fA-F]{3,8}),/g)].map((m) => [m[1] as string, m[2] as string] as const);
  // Chart colours come from the palette module itself; the page colours (--bg, --text) from the CSS.
  return new Map([...page, ...lightColours()]);
}

/** Replaces `var(--name)` and `currentColor` in SVG markup with concrete colours. */
export function resolveColours(svg: string, palette: Map<string, string>): string {
  const text = palette.get('--text') ?? '#000';
  return svg.replace(/var\((--[\w-]+)\)/g, (_, name: string) => palette.get(name) ?? text).replace(/currentColor/g, text);
}
