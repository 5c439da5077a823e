// The site's security policy, in one place: astro.config.mjs turns it into the
// Content-Security-Policy <meta> tag of every page (Astro adds the hashes of its inline scripts),
// and scripts/write-headers.mjs turns the same tags into HTTP headers for the static host
// (dist/_headers), adding what a <meta> tag cannot carry (frame-ancestors).
// Plain JavaScript with JSDoc types: it is read by the Astro config and by a Node script alike.

/**
 * Directives besides script-src and style-src, which Astro writes with its hashes.
 * @type {import('astro/dist/core/csp/config.js').CspDirective[]}
 */
export const cspDirectives = [
  "default-src 'self'",
  // Picture downloads draw blob: images onto a canvas; Plot's patterns may be data: URLs.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Script sources on every page. Pages that need more add them (search: 'wasm-unsafe-eval'). */
export const scriptResources = ["'self'"];
/** Style sources: stylesheets are files, never inline. */
export const styleResources = ["'self'"];

/**
 * Who may frame a page. Pages: only the site itself (clickjacking). Embeds (/embed/…): anyone by
 * default, as they exist to be embedded; EMBED_ANCESTORS="https://a.example https://b.example"
 * limits them to a list of origins.
 * @param {Record<string, string | undefined>} env
 */
export function frameAncestors(env = process.env) {
  const embedders = (env.EMBED_ANCESTORS ?? '').trim();
  return { pages: "'self'", embeds: embedders || '*' };
}

/** Headers for every file the site serves. */
export const commonHeaders = {
  'X-Content-Type-Options': 'nosniff',
  // Full URL within the site; only the origin to other sites (the browsers' default, stated).
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** Types hosts often get wrong: CSV downloads and Pagefind's WebAssembly. */
export const contentTypes = {
  csv: 'text/csv; charset=utf-8',
  wasm: 'application/wasm',
};

/**
 * Files an embed fetches that must also load in a frame sandboxed without allow-same-origin (its
 * origin is opaque, so every request it makes is cross-origin): the page's module scripts and the
 * charts' readout data (src/site/readout-file.ts). Both are public and static; any origin may read
 * them. The readout files are named by their content's hash, so they never change: cached for good.
 * Paths are under the base path; `*` is the hosts' wildcard.
 * @type {[string, Record<string, string>][]}
 */
export const sharedFiles = [
  ['_astro/*', { 'Access-Control-Allow-Origin': '*' }],
  ['charts/*/readout/*', { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'public, max-age=31536000, immutable' }],
];
