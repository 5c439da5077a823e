import { ContentError } from '../../src/provenance/content-error';

/**
 * Turns a raw file's bytes into text, or explains why it cannot. The raw files are page scrapes
 * saved as UTF-8; anything else (an empty file, an image, a UTF-16 or Latin-1 export) is refused
 * with the file's name rather than ingested as garbage.
 *
 * Line endings become `\n` and a byte-order mark is dropped; nothing else changes here.
 */
export function decodeRaw(bytes: Uint8Array, file: string): string {
  const fix = 'copy the raw file again from ../shared/seeds/ (it must be the page text saved as UTF-8)';
  if (bytes.length === 0) throw new ContentError(file, undefined, 'the file is empty', fix);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ContentError(file, undefined, 'the file is UTF-16 text, not UTF-8', 're-save it as UTF-8');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new ContentError(file, `byte ${nul}`, 'the file is binary (it contains a NUL byte), not page text', fix);

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ContentError(file, firstBadLine(bytes), 'the file is not valid UTF-8 text', `re-save it as UTF-8; ${fix}`);
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

  if (text.trim() === '') throw new ContentError(file, undefined, 'the file holds only whitespace', fix);
  // Control characters other than tab, newline and form feed mean a binary file that happens to be valid UTF-8.
  const controls = countControlCharacters(text);
  if (controls > 0 && controls / text.length > 0.001) {
    throw new ContentError(file, undefined, `the file looks binary (${controls} control characters), not page text`, fix);
  }
  return text;
}

/** Line of the first byte sequence that is not UTF-8, for the error message. */
function firstBadLine(bytes: Uint8Array): string | undefined {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const at = lenient.indexOf('\uFFFD');
  if (at < 0) return undefined;
  return `line ${lenient.slice(0, at).split('\n').length}`;
}

/** Characters below U+0020 other than tab, newline, form feed and carriage return, plus DEL. */
function countControlCharacters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f) count++;
  }
  return count;
}
