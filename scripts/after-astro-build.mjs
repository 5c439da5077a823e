// What `npm run build` does to the output after `astro build`, in order; each step is a script
// that reads OUT_DIR. scripts/build.mjs runs them, and the bench runs the same ones, so what it
// measures is what is deployed.
export const afterAstroBuild = [
  { label: 'search index', script: 'scripts/index-search.mjs' },
  { label: 'page policies', script: 'scripts/trim-csp.mjs' },
  { label: 'async scripts', script: 'scripts/async-scripts.mjs' },
  { label: 'host headers', script: 'scripts/write-headers.mjs' },
];
