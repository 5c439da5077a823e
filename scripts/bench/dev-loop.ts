import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { median } from './browser';
import { log, machine, now, PAGES, ROOT, sleep, WORK } from './context';
import { makeProject } from './measure-build';
import type { Results } from './results';

// dev: from saving a story to the browser showing it, under `astro dev`

/** The port of this measure's dev server (4400 + the issue that asked for it). */
const PORT = 4419;
const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];

/**
 * Starts `astro dev` on a throwaway copy of the project, opens the lead essay in Chromium, then
 * saves the story with a new sentence, again and again. Each time is from just before the file is
 * written to the first frame painted after the sentence is in the page (Astro reloads or patches
 * the page itself). The first edit is a warm-up: it pays for compiling the page's modules.
 */
export async function benchDevLoop(results: Results, edits: number): Promise<void> {
  const dir = join(WORK, 'dev');
  makeProject(dir);
  const slug = PAGES.essay.split('/').filter(Boolean).pop() as string;
  const story = readdirSync(join(dir, 'content/stories')).find((n) => n.startsWith(`${slug}.`)) as string;
  const file = join(dir, 'content/stories', story);
  const original = readFileSync(file, 'utf8');
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(PORT)],
    { cwd: dir, detached: true, stdio: ['ignore', 'ignore', 'ignore'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
  );
  const origin = `http://127.0.0.1:${PORT}`;
  let browser: Browser | undefined;
  try {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if (
        await fetch(origin + PAGES.essay).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await sleep(250);
    }
    browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(origin + PAGES.essay, { waitUntil: 'load', timeout: 120_000 });
    const times: number[] = [];
    for (let k = 0; k <= edits; k++) {
      const marker = `Edited sentence ${WORDS[k % WORDS.length]} ${WORDS[(k * 7 + 3) % WORDS.length]}.`;
      const at = original.indexOf('\n\n', original.indexOf('---', 3) + 3) + 2;
      const started = performance.now();
      writeFileSync(file, `${original.slice(0, at)}${marker}\n\n${original.slice(at)}`);
      await page.waitForFunction((text) => document.body?.textContent?.includes(text), marker, { polling: 10, timeout: 120_000 });
      // The first frame painted with the sentence in it.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      const ms = performance.now() - started;
      log(`dev loop: edit ${k}${k === 0 ? ' (warm-up)' : ''} shown after ${ms.toFixed(0)} ms`);
      if (k > 0) times.push(ms);
      await sleep(1000);
    }
    results.devLoop = {
      at: now(),
      machine: machine(browser.version()),
      story: `content/stories/${story}`,
      runs: times,
      median: median(times),
    };
  } finally {
    await browser?.close();
    if (child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
}
