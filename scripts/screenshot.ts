/**
 * Takes screenshots of built pages for visual review: phone and desktop widths, light and dark.
 * Usage: npx tsx scripts/screenshot.ts <url-path>... (needs `npm run preview` running on :4321,
 * or set BASE_URL). Writes PNGs to test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './support/browser';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4321';
const paths = process.argv.slice(2);
const out = 'test-results/screenshots';
mkdirSync(out, { recursive: true });
const browser = await launchChromium();
for (const path of paths) {
  for (const [label, width] of [
    ['phone', 375],
    ['desktop', 1280],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(base + path, { waitUntil: 'networkidle' });
      const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${label}-${scheme}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL === '1' });
      await page.close();
      console.log(`${out}/${name}`);
    }
  }
}
await browser.close();
