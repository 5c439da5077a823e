// citeProblem: the one check of a <Cite>'s quote, shared by the story linter and the component.
import { describe, expect, it } from 'vitest';
import { citeProblem } from '../../src/provenance/cite-check';

const texts = {
  sources: new Map([
    ['stockholm-talks', { file: 'content/sources/stockholm-talks.md', body: 'Officials agreed to extend the truce by 90 days.' }],
  ]),
  references: ['eo-14257', 'eo-14258'],
  documents: new Map([
    ['eo-14257', { file: 'content/documents/eo-14257.txt', text: 'an additional ad valorem rate of duty of 10 percent' }],
  ]),
};

describe('citeProblem', () => {
  it('accepts the exact words of an article or a held document', () => {
    expect(citeProblem({ source: 'stockholm-talks', quote: 'extend the truce by 90 days' }, texts)).toBeUndefined();
    expect(citeProblem({ doc: 'eo-14257', quote: 'ad valorem rate of duty' }, texts)).toBeUndefined();
  });

  it('names an unknown source with the nearest id', () => {
    expect(citeProblem({ source: 'stockholm-talk', quote: 'extend the truce' }, texts)).toEqual({
      problem: 'unknown source "stockholm-talk"',
      fix: expect.stringContaining('did you mean "stockholm-talks"?'),
    });
  });

  it('gives the closest passage for words that are not there', () => {
    expect(citeProblem({ source: 'stockholm-talks', quote: 'extend the truce by 60 days' }, texts)).toEqual({
      problem: 'quote not found in content/sources/stockholm-talks.md: "extend the truce by 60 days"',
      fix: expect.stringMatching(/closest passage .* "extend the truce by 90 days\."\. Quote the source's exact words$/),
    });
  });

  it('points to <Doc> for a document whose text is not held', () => {
    expect(citeProblem({ doc: 'eo-14258', quote: 'any words' }, texts)?.fix).toContain('<Doc id="eo-14258">');
    expect(citeProblem({ doc: 'eo-1425', quote: 'any words' }, texts)?.problem).toBe('unknown document "eo-1425"');
  });
});
