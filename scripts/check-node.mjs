// Guard run before every npm script. Astro 7, Vite 8 and vitest 5 need Node >= 22.12; the project
// pins Node 24 through the `node` devDependency, which `npm run` puts first on PATH. A bin run
// directly (for example `./node_modules/.bin/astro`) would use the machine's Node instead.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Tariff Ledger needs Node >= 22.12 (the project pins Node 24), but this is Node ${process.versions.node}.\n` +
      'Run the project through npm so its own Node comes first on PATH: `npm install`, then `npm run <script>`\n' +
      '(or `npx astro …`). Do not call the binaries in node_modules/.bin directly.',
  );
  process.exit(1);
}
