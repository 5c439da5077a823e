import type { TestProject } from 'vitest/node';
import { type Preview, startPreview } from '../../scripts/support/preview-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let preview: Preview | undefined;

/** Serves dist/ with `astro preview` for the browser tests (vitest global setup). */
export async function setup(project: TestProject) {
  preview = await startPreview({ root: process.cwd(), base: process.env.BASE_PATH ?? '/' });
  project.provide('baseUrl', preview.url);
}

export async function teardown() {
  preview?.stop();
  preview = undefined;
}
