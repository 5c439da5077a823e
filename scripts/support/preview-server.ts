import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A free port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no free port'))));
    });
  });
}

export interface Preview {
  /** "http://127.0.0.1:PORT", without the base path. */
  origin: string;
  /** The site's home: origin plus base path, ending in "/". */
  url: string;
  /** Stops the server and everything it started. */
  stop: () => void;
}

/**
 * Serves a built site with `astro preview` on a free port, in its own process group so the whole
 * tree is stopped afterwards. Runs on this process's Node (the project's Node 24). Used by the
 * browser tests (test/support/preview-server.ts) and by `npm run bench`.
 */
export async function startPreview(options: { root: string; outDir?: string; base?: string; timeoutMs?: number }): Promise<Preview> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [join(options.root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: options.root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...(options.outDir ? { OUT_DIR: options.outDir } : {}), ASTRO_TELEMETRY_DISABLED: '1' },
    },
  );
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk;
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const stop = () => {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  const origin = `http://127.0.0.1:${port}`;
  const url = `${origin}${(options.base ?? '/').replace(/\/?$/, '/')}`;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) {
        // Up: keep draining its output (a full pipe would stall it) without keeping it.
        for (const stream of [child.stdout, child.stderr]) stream?.off('data', collect).resume();
        return { origin, url, stop };
      }
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`astro preview did not start on port ${port}:\n${output}`);
}
