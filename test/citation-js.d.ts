// Citation.js ships no types; the tests use it only to read back the citation files.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: unknown[];
  }
  export const plugins: { input: { chain(data: unknown, options: { target: string }): unknown } };
}
