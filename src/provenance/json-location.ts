import { findNodeAtLocation, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { ContentError } from './content-error';

// JSON files as authors save them: line numbers for syntax errors (Node's JSON.parse gives none)
// and for schema problems (a record and field found in the text), from jsonc-parser, the parser
// VS Code uses for its own settings files, in strict JSON mode.

/** 1-based line and column of a character offset. */
export function lineAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

const FIXES: Record<string, string> = {
  ValueExpected: 'write a number, a "string", true, false, null, a list [ … ] or an object { … } there',
  PropertyNameExpected: 'field names are in double quotes; remove a trailing comma before }',
  CommaExpected: 'put a comma between two items or fields',
  CloseBraceExpected: 'close the object with }, or put a comma before the next field',
  CloseBracketExpected: 'close the list with ], or put a comma before the next item',
  ColonExpected: 'write "field": value',
  EndOfFileExpected: 'the file holds one JSON object: remove what follows its closing }',
  UnexpectedEndOfString: 'close the string with a double quote',
  InvalidSymbol: 'JSON has no NaN or Infinity and no comments: write a number or null, and move notes into a "note" field',
};

/** The first syntax error in a JSON text, located, or undefined when it parses. */
export function jsonSyntaxError(file: string, text: string): ContentError | undefined {
  if (!text.trim()) {
    return new ContentError(
      file,
      { line: 1 },
      'the file is empty',
      'a dataset is one JSON object with its metadata and "records"; copy the shape of another file in content/data/ (see content/data/README.md)',
    );
  }
  const errors: ParseError[] = [];
  parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const [first] = errors;
  if (!first) return undefined;
  const code = printParseErrorCode(first.error);
  const token = text.slice(first.offset, first.offset + Math.max(first.length, 1));
  const end = text.trimEnd().length;
  const atEnd = first.offset >= end || (code === 'UnexpectedEndOfString' && first.offset + first.length >= end);
  const { line, column } = lineAt(text, Math.min(first.offset, end));
  const problem = atEnd
    ? 'not valid JSON: the file ends before its last list or object is closed (was it cut short?)'
    : /^-?(NaN|Infinity)/.test(text.slice(first.offset))
      ? `not valid JSON: ${/^-?(NaN|Infinity)/.exec(text.slice(first.offset))?.[0]} is not a JSON number`
      : `not valid JSON: unexpected ${JSON.stringify(token)} (${code})`;
  return new ContentError(file, { line, column }, problem, FIXES[code] ?? 'check the quotes, commas and brackets at that place');
}

/**
 * The data path of a dataset problem, read back from its place: `record "x" (records[3]), field
 * "a.b"` → records/3/a/b, `field "title"` → title.
 */
function pathOf(where: string): (string | number)[] | undefined {
  const record = /records\[(\d+)\]\)?(?:, field "([^"]+)")?/.exec(where);
  if (record) return ['records', Number(record[1]), ...(record[2]?.split('.') ?? []).map((k) => (/^\d+$/.test(k) ? Number(k) : k))];
  const field = /^field "([^"]+)"/.exec(where);
  return field?.[1]?.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
}

/**
 * Gives problems found in a JSON file the line of their record and field, so the message reads
 * `file:line (record …, field …)` and Astro's code frame shows the JSON, not our loader.
 */
export function withJsonLines(text: string, problems: readonly ContentError[]): ContentError[] {
  const tree = parseTree(text);
  if (!tree) return [...problems];
  return problems.map((p) => {
    if (p.line || !p.where) return p;
    const path = pathOf(p.where);
    if (!path) return p;
    // The deepest part of the path that exists: a missing field points at its record.
    for (let n = path.length; n > 0; n--) {
      const node = findNodeAtLocation(tree, path.slice(0, n));
      if (node) {
        const at = lineAt(text, node.parent?.type === 'property' ? node.parent.offset : node.offset);
        return new ContentError(p.file, { ...at, what: p.where }, p.problem, p.fix);
      }
    }
    return p;
  });
}
