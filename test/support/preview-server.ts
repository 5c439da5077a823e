import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** A free port on loopback. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

let preview: ChildProcess | undefined;

/**
 * Serves dist/ with `astro preview` for the browser tests, in its own process group so the
 * whole tree is stopped afterwards. Runs on this process's Node (the project's Node 24).
 */
export async function setup(project: TestProject) {
  const port = await freePort();
  preview = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    },
  );
  const baseUrl = `http://127.0.0.1:${port}${(process.env.BASE_PATH ?? '/').replace(/\/?$/, '/')}`;
  const deadline = Date.now() + 60_000;
  let output = '';
  preview.stdout?.on('data', (chunk) => (output += chunk));
  preview.stderr?.on('data', (chunk) => (output += chunk));
  while (Date.now() < deadline) {
    try {
      const response = await fetch(baseUrl);
      if (response.ok) {
        project.provide('baseUrl', baseUrl);
        return;
      }
    } catch {
      // not up yet
    }
    if (preview.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  await teardown();
  throw new Error(`astro preview did not start on port ${port}:\n${output}`);
}

export async function teardown() {
  if (preview?.pid && preview.exitCode === null) {
    try {
      process.kill(-preview.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  preview = undefined;
}
