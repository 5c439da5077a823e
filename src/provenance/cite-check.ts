import type { PropProblem } from './component-props';
import { describeMiss, findQuote } from './quotes';
import { suggestion } from './suggest';

/** What a `<Cite>` is checked against: clean source texts and held document texts by id, and the reference ids. */
export interface CiteTexts {
  sources: ReadonlyMap<string, { file: string; body: string }>;
  references: readonly string[];
  documents: ReadonlyMap<string, { file: string; text: string }>;
}

/**
 * Whether a `<Cite>`'s quote is really in what it cites: the article's clean text, or the held
 * text of an official document. One check, run by the story linter (with the story's line) and
 * by the component itself (for uses in .astro pages the linter never reads), in the same words.
 */
export function citeProblem(
  props: { source?: string | undefined; doc?: string | undefined; quote: string },
  texts: CiteTexts,
): PropProblem | undefined {
  const { source, doc, quote } = props;
  if (doc !== undefined) {
    if (!texts.references.includes(doc))
      return { problem: `unknown document "${doc}"`, fix: suggestion(doc, [...texts.references], 'reference id') };
    const held = texts.documents.get(doc);
    if (!held)
      return {
        problem: `the text of document "${doc}" is not held in content/documents/, so a quote from it cannot be checked`,
        fix: `name it with <Doc id="${doc}">…</Doc> instead, or add its copy (see content/documents/README.md)`,
      };
    const match = findQuote(held.text, quote);
    return match.found
      ? undefined
      : { problem: `quote not found in ${held.file}: "${quote}"`, fix: `${describeMiss(match)}. Quote the document's exact words` };
  }
  const text = texts.sources.get(source ?? '');
  if (!text) return { problem: `unknown source "${source}"`, fix: suggestion(source ?? '', [...texts.sources.keys()], 'source id') };
  const match = findQuote(text.body, quote);
  return match.found
    ? undefined
    : { problem: `quote not found in ${text.file}: "${quote}"`, fix: `${describeMiss(match)}. Quote the source's exact words` };
}
