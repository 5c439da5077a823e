/**
 * Plain-text helpers shared by charts, client code, build code and scripts (browser-safe).
 * SVG and preview pictures have no layout engine, so text is wrapped by character count.
 */

/**
 * Greedy word wrap: lines of at most `maxChars` characters, broken at spaces, tabs and newlines (a
 * longer word gets its own line). A no-break space (U+00A0, as in "2\u00a0Apr") never breaks.
 */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** `wrapWords`, at most `maxLines` lines: the last line is cut and ends with "…" when the text is longer. */
export function wrapWordsClamped(text: string, maxChars: number, maxLines: number): string[] {
  const lines = wrapWords(text, maxChars);
  if (lines.length <= maxLines) return lines;
  return [
    ...lines.slice(0, maxLines - 1),
    `${lines
      .slice(maxLines - 1)
      .join(' ')
      .slice(0, maxChars - 1)}…`,
  ];
}

/** ["Geneva", "London", "Stockholm"] → "Geneva, London and Stockholm" (no serial comma; `conjunction` may be "or"). */
export function joinList(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}
