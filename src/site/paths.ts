// Every internal URL goes through here so the site works under a sub-path (BASE_PATH).

// Vite replaces `import.meta.env.BASE_URL` with the configured base at build time (it must be
// written exactly so). Outside Vite (unit tests, scripts) there is no import.meta.env: the root.
const base = (typeof import.meta.env === 'object' ? import.meta.env.BASE_URL : '/').replace(/\/?$/, '/');

/** Site-relative path → path under the configured base. `href('/charts/')` → `/tariffs/charts/`. */
export function href(path: string): string {
  return base + path.replace(/^\//, '');
}

/** Absolute URL for canonical links, feeds, citations and embed codes. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  if (!site) throw new Error('`site` is not configured: set SITE_URL when building.');
  return new URL(href(path), site).href;
}
