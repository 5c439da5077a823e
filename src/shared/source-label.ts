/**
 * How a source is named to readers. The content keeps its working notes ("Publisher not identified",
 * the copy's address); pages show what the text is: an article by a named outlet, an unattributed
 * article, and whether the text we hold is the publisher's page or an aggregator's copy of it.
 */

/** What `npm run new:source` writes until a person identifies the outlet. */
export const UNIDENTIFIED_PUBLISHER = 'Publisher not identified';

export interface LabelledSource {
  publisher: string;
  url: string | null;
  copyUrl?: string | null;
}

const hostOf = (url: string) => new URL(url).host.replace(/^www\./, '');

/** The host of the aggregator copy we hold, when the text is not from the publisher's own site. */
export function aggregatorHost(source: LabelledSource): string | null {
  if (!source.copyUrl) return null;
  const host = hostOf(source.copyUrl);
  // A copy on the publisher's own site (uto.ai on dev-news.uto.ai) is the publisher's page, not an aggregator's.
  const publisherSite = source.publisher.toLowerCase().replace(/\s+/g, '');
  return host.toLowerCase().includes(publisherSite) ? null : host;
}

/** The outlet as readers see it: "Kyodo News", or "Unattributed article" when nobody could identify it. */
export function publisherLabel(source: LabelledSource): string {
  return source.publisher === UNIDENTIFIED_PUBLISHER ? 'Unattributed article' : source.publisher;
}

/** Short attribution beside a quote: "Kyodo News, aggregator copy", "Unattributed article". */
export function attributionLabel(source: LabelledSource): string {
  return aggregatorHost(source) ? `${publisherLabel(source)}, aggregator copy` : publisherLabel(source);
}
