// `npm run build`: builds the whole site (pages, then the steps in after-astro-build.mjs: the
// search index, each page's policy cut to the hashes it uses, async scripts, the host headers)
// into a temporary folder beside the output folder, and moves it into place only when every step
// succeeded. A failed build (a content check, an MDX compile error, a page that fails to render,
// the search index) leaves the previous output folder exactly as it was, so a deploy step that
// ignores the exit code republishes the last good site, never half of a new one.
//
// OUT_DIR (default dist) and BASE_PATH work as for `astro build`. For tests, the steps can be
// given as arguments (each one a shell command, run with OUT_DIR set to the temporary folder).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { afterAstroBuild } from './after-astro-build.mjs';
import { buildEnv, nodeFlags } from './build-env.mjs';

const out = resolve(process.env.OUT_DIR ?? 'dist');
// Beside the output folder, so the final move is a rename on the same file system.
const temp = join(dirname(out), `.${basename(out)}-building-${process.pid}`);
const previous = join(dirname(out), `.${basename(out)}-previous-${process.pid}`);

const given = process.argv.slice(2);
/** @type {{ label: string, command: string, args: string[], shell?: boolean }[]} */
const steps = given.length
  ? given.map((command) => ({ label: command, command, args: [], shell: true }))
  : [
      { label: 'astro build', command: process.execPath, args: [...nodeFlags, 'node_modules/astro/bin/astro.mjs', 'build'] },
      ...afterAstroBuild.map(({ label, script }) => ({ label, command: process.execPath, args: [script] })),
    ];

rmSync(temp, { recursive: true, force: true });
for (const step of steps) {
  const result = spawnSync(step.command, step.args, {
    stdio: 'inherit',
    shell: step.shell ?? false,
    env: { ...buildEnv(), OUT_DIR: temp },
  });
  if (result.status !== 0) {
    rmSync(temp, { recursive: true, force: true });
    const kept = existsSync(out) ? `the previous site in ${out} is unchanged` : `nothing was written to ${out}`;
    console.error(`\nbuild failed at "${step.label}" (exit ${result.status ?? result.signal}): ${kept}.`);
    process.exit(result.status || 1);
  }
}

// Swap: the old site steps aside, the new one takes its name, then the old one goes.
try {
  if (existsSync(out)) renameSync(out, previous);
} catch (error) {
  // The output folder cannot be renamed (a mount point, a folder a server holds open): replace its
  // contents instead. Not atomic, but only the already complete new site is copied in.
  console.warn(`could not move ${out} aside (${error instanceof Error ? error.message : error}); replacing its contents instead`);
  for (const name of readdirSync(out)) rmSync(join(out, name), { recursive: true, force: true });
  cpSync(temp, out, { recursive: true });
  rmSync(temp, { recursive: true, force: true });
  console.log(`build complete: ${out}`);
  process.exit(0);
}
try {
  renameSync(temp, out);
} catch (error) {
  if (existsSync(previous)) renameSync(previous, out);
  rmSync(temp, { recursive: true, force: true });
  throw error;
}
rmSync(previous, { recursive: true, force: true });
console.log(`build complete: ${out}`);
