// `npm run check`: the type checks, two at once. `astro check` reads the site (src/, .astro files
// included) and tsc the scripts and tests (tsconfig.tools.json); they share nothing, so on a
// 2-core machine running them side by side takes about as long as the slower one alone. Both
// must report no errors and no warnings; the output of each is printed whole when it ends.
import { spawn, spawnSync } from 'node:child_process';

// tsc reads the content-collection types that `astro sync` writes to .astro/; on a fresh clone
// they do not exist yet, so generate them first rather than race astro check for them.
const sync = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], { stdio: 'inherit' });
if (sync.status !== 0) process.exit(sync.status ?? 1);

const checks = [
  {
    name: 'astro check (src)',
    bin: 'node_modules/astro/bin/astro.mjs',
    args: ['check', '--minimumSeverity', 'warning', '--tsconfig', 'tsconfig.site.json'],
  },
  { name: 'tsc (scripts, tests)', bin: 'node_modules/typescript/bin/tsc', args: ['-p', 'tsconfig.tools.json'] },
];

const results = await Promise.all(
  checks.map(
    ({ name, bin, args }) =>
      new Promise((done) => {
        const started = Date.now();
        const child = spawn(process.execPath, [bin, ...args], {
          stdio: ['ignore', 'pipe', 'pipe'],
          env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
        });
        let output = '';
        child.stdout.on('data', (chunk) => {
          output += chunk;
        });
        child.stderr.on('data', (chunk) => {
          output += chunk;
        });
        child.on('close', (code) => {
          const seconds = ((Date.now() - started) / 1000).toFixed(0);
          console.log(`── ${name}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${seconds} s\n${output.trim()}\n`);
          done(code === 0);
        });
      }),
  ),
);
process.exit(results.every(Boolean) ? 0 : 1);
