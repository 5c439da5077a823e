/** Names that read with an article in running text. */
const WITH_ARTICLE = new Set(['Philippines', 'United Kingdom', 'European Union', 'Democratic Republic of the Congo', 'Falkland Islands']);

/** "the Philippines", "China"; with `start`, capitalised for the start of a sentence. */
export function theName(name: string, start = false): string {
  if (!WITH_ARTICLE.has(name)) return name;
  return `${start ? 'The' : 'the'} ${name}`;
}
