/**
 * Greedy word wrap by character count: good enough for captions drawn into pictures, where text
 * cannot flow. Used in the browser (picture downloads) and at build time (preview images).
 */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
