import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { buildEnv, nodeFlags } from '../build-env.mjs';
import { countPages, log, ROOT, TIME_BIN } from './context';
import type { BuildRun } from './results';

// Measuring a build: GNU time for the largest process, /proc polling for the whole tree

/** Resident set (kB) of every process in the tree under `root`, summed. */
export function treeRssKiB(root: number): number {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may contain spaces; the fields after it are fixed.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
    } catch {
      // exited while we looked
    }
  }
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parent) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of tree) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += Number(match?.[1] ?? 0);
    } catch {
      // exited
    }
  }
  return total;
}

/**
 * Runs `astro build` in `cwd`, under /usr/bin/time -v when it is installed (Debian: the `time`
 * package), polling /proc for the summed memory of the process tree either way.
 */
export async function measuredBuild(
  cwd: string,
  outDir: string,
  logFile: string,
  options: { cacheDir?: string; cpuProfDir?: string } = {},
): Promise<BuildRun> {
  const astro = [
    ...nodeFlags,
    ...(options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : []),
    join(ROOT, 'node_modules/astro/bin/astro.mjs'),
    'build',
  ];
  const timeFile = `${logFile}.time`;
  const useTime = existsSync(TIME_BIN);
  const [command, args] = useTime ? [TIME_BIN, ['-v', '-o', timeFile, process.execPath, ...astro]] : [process.execPath, astro];
  mkdirSync(dirname(logFile), { recursive: true });
  const out = createWriteStream(logFile);
  const started = performance.now();
  const child = spawn(command, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    // The drawing cache (src/site/build-cache.ts) of this project alone: empty for a clean build
    // unless the caller passes the folder of an earlier build.
    // The allocator settings `npm run build` uses (scripts/build-env.mjs): the same build is measured.
    env: {
      ...buildEnv(),
      OUT_DIR: outDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      TL_BUILD_CACHE: options.cacheDir ?? join(cwd, '.build-cache'),
    },
  });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  let peak = 0;
  const timer = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRssKiB(child.pid));
  }, 100);
  const exitCode = await new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
  clearInterval(timer);
  const wallS = (performance.now() - started) / 1000;
  await new Promise((r) => out.end(r));
  const run: BuildRun = { wallS, treeRssMiB: peak / 1024, pages: countPages(outDir), exitCode };
  if (useTime && existsSync(timeFile)) {
    const text = readFileSync(timeFile, 'utf8');
    const number = (label: string) => Number(new RegExp(`${label}[^:]*:\\s*([\\d.]+)`).exec(text)?.[1] ?? Number.NaN);
    run.maxRssMiB = number('Maximum resident set size') / 1024;
    run.cpuS = number('User time') + number('System time');
  }
  if (exitCode !== 0) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
    log(`astro build failed in ${cwd} (exit ${exitCode}); last lines of ${relative(ROOT, logFile)}:\n${tail}`);
  }
  return run;
}

/**
 * A throwaway project: the real code by symlink, a copy of content/, and an Astro config that
 * extends the real one with a cache of its own (node_modules/.astro is shared with other builds).
 */
export function makeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of ['src', 'node_modules', 'public', 'package.json', 'tsconfig.json']) symlinkSync(join(ROOT, name), join(dir, name));
  spawnSync('cp', ['-R', join(ROOT, 'content'), join(dir, 'content')], { stdio: 'inherit' });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    // Astro puts Vite's cache in <root>/node_modules/.vite, which here is the shared one: move it too.
    // Module ids must stay under this root (no resolving src/ to its real path), or Astro cannot
    // tell which page a stylesheet belongs to and builds pages without their CSS.
    `// Generated by scripts/bench.ts: the site's config with caches of this project's own.\nimport config from ${JSON.stringify(join(ROOT, 'astro.config.mjs'))};\nexport default { ...config, cacheDir: './.astro-cache', vite: { ...config.vite, cacheDir: './.vite-cache', resolve: { ...config.vite?.resolve, preserveSymlinks: true } } };\n`,
  );
}
