import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from '../../scripts/support/browser';

declare module 'vitest' {
  export interface ProvidedContext {
    browserEndpoint: string;
  }
}

let server: BrowserServer | undefined;

/**
 * One Chromium for the whole browser layer (vitest global setup); each test file connects to it
 * (test/support/browser.ts) and gets its own contexts. Starting a browser per file cost about a
 * second of wall time and half a second of CPU time each, twenty times over.
 */
export async function setup(project: TestProject) {
  server = await launchChromiumServer();
  project.provide('browserEndpoint', server.wsEndpoint());
}

export async function teardown() {
  await server?.close();
  server = undefined;
}
