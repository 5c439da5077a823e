import { ContentError } from '../../../src/provenance/content-error';

/**
 * Turns a saved HTML page's bytes into text. Pages are not always UTF-8: the encoding is taken from
 * a byte-order mark; else, when the bytes are valid UTF-8, UTF-8 (browsers that save a "complete"
 * page re-encode it as UTF-8 but may keep the original `<meta charset>`, and text in a legacy
 * encoding is practically never valid UTF-8); else the `<meta charset>` (or `http-equiv`
 * Content-Type) in the first 4 KB; else windows-1252. Bytes the encoding cannot read become
 * U+FFFD rather than stopping the import; the raw file is kept as received either way.
 */
export function decodeHtml(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0)
    throw new ContentError(file, undefined, 'the file is empty', 'save the page again (File › Save page as…, "Web page, HTML only")');
  let label = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  else if (!isUtf8(bytes)) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w:-]+)/i.exec(head)?.[1];
    label = declared && !/^utf-?8$/i.test(declared) ? declared.toLowerCase() : 'windows-1252';
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  const text = decoder.decode(bytes).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new ContentError(file, undefined, 'the file holds only whitespace', 'save the page again');
  return text;
}

/** True when a file's text is an HTML document rather than a text scrape. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return (
    /^(?:<!doctype html|<html[\s>]|<!--\s*saved from url|<\?xml[^>]*>\s*<!doctype html|<head[\s>])/.test(head) ||
    (/<(?:p|div|body|article)[\s>]/.test(head) && /<\/(?:p|div|body|article)>/i.test(text))
  );
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
