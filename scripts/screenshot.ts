/**
 * Takes screenshots of built pages for visual review at the three sizes we design for (phone
 * 390×844, laptop 1280×800, desktop 1440×900), light and dark, with JavaScript on and off.
 * Usage: npx tsx scripts/screenshot.ts <url-path>... (needs `npm run preview` running on :4321,
 * or set BASE_URL). OUT sets the folder (default test-results/screenshots), FULL=1 takes the
 * whole page, NOJS=0 skips the JavaScript-off pass, SCROLL=<selector> focuses that element (or
 * scrolls it into the middle of the viewport) first.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './support/browser';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4321';
const paths = process.argv.slice(2);
const out = process.env.OUT ?? 'test-results/screenshots';
mkdirSync(out, { recursive: true });
const sizes = [
  ['phone', 390, 844],
  ['laptop', 1280, 800],
  ['desktop', 1440, 900],
] as const;
const browser = await launchChromium();
for (const path of paths) {
  for (const [label, width, height] of sizes) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const js of process.env.NOJS === '0' ? [true] : [true, false]) {
        const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, javaScriptEnabled: js });
        const page = await context.newPage();
        await page.goto(base + path, { waitUntil: 'networkidle' });
        if (process.env.SCROLL) {
          // A focusable target (a scrolly step) is focused, which scrolls it to where it is read.
          await page
            .locator(process.env.SCROLL)
            .first()
            .evaluate((el) => (el instanceof HTMLElement && el.tabIndex >= 0 ? el.focus() : el.scrollIntoView({ block: 'center' })));
          await page.waitForTimeout(600);
        }
        const slug = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
        const name = `${slug}-${label}-${scheme}${js ? '' : '-nojs'}.png`;
        await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL === '1' });
        await context.close();
        console.log(`${out}/${name}`);
      }
    }
  }
}
await browser.close();
