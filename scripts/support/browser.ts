import { existsSync } from 'node:fs';
import { type Browser, type BrowserServer, chromium } from 'playwright-core';

/** Where Debian, Ubuntu and Chrome packages put the browser; CHROMIUM_PATH wins. */
const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function chromiumPath(): string {
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}

/** Headless Chromium with the flags this machine's closed network needs. */
const options = () => ({
  executablePath: chromiumPath(),
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

/** A Chromium for this process alone. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(options());
}

/**
 * A Chromium that other processes connect to (`chromium.connect(server.wsEndpoint())`): the
 * browser tests start one for the whole layer instead of one per test file (test/support/browser-server.ts).
 */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer(options());
}
