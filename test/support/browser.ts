import { type Browser, chromium, type Download } from 'playwright-core';
import { inject } from 'vitest';

/**
 * The browser layer's shared Chromium (started once by test/support/browser-server.ts). Closing
 * the returned Browser closes this file's contexts and disconnects; the browser keeps running.
 */
export function openBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}

/**
 * What a download saved. The file lives beside the browser, which for a connected browser is
 * another process: `download.path()` is not offered there, so the bytes are read from its stream.
 */
export async function downloaded(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
