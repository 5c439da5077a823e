/** Facts about the site itself, used in the layout, feeds, citations and embeds. */
export const SITE = {
  name: 'Tariff Ledger',
  tagline: 'The 2025 US tariff negotiations, number by number, each traced to its source.',
  language: 'en',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
} as const;

export const NAV = [
  { path: '/stories/', label: 'Stories' },
  { path: '/charts/', label: 'Charts' },
  { path: '/sources/', label: 'Sources' },
  { path: '/claims/', label: 'Claims' },
  { path: '/method/', label: 'Method' },
  { path: '/search/', label: 'Search' },
] as const;
