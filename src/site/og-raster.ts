import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';

/**
 * Rasterising link-preview pictures, in horizontal bands. A picture is the page's own band (site
 * name, kicker, title) above the chart's band, which many pictures share (a chart's own picture
 * and the picture of each story that opens with it). The chart band is drawn once per build and
 * each picture draws only its own band; text is most of resvg's cost (it loads and shapes the
 * fonts for every picture: resvg-js has no font database to reuse), and a chart carries most of
 * the text. Bands never overlap, so the picture is the same, pixel for pixel, as one drawn whole
 * (test/unit/og-image.test.ts).
 *
 * The PNG is written here rather than with resvg's `asPng`, which would need the whole picture
 * drawn by resvg: its rows are plain RGBA and Node's zlib at level 3 deflates them into a file
 * slightly smaller than resvg's (about 50 KB for a chart picture) in about half the time. The
 * buffers a picture needs are reused from one picture to the next: megabytes of short-lived
 * native memory per picture made V8 collect its whole heap every few pictures.
 */

const require = createRequire(import.meta.url);
// A font shipped in an npm package, so preview images look the same on every machine.
const fontDir = dirname(require.resolve('@expo-google-fonts/inter/package.json'));
const fontFiles = [join(fontDir, '400Regular/Inter_400Regular.ttf'), join(fontDir, '700Bold/Inter_700Bold.ttf')];

/** Pixels of an SVG whose width is `width`: RGBA, premultiplied by alpha (tiny-skia's layout). */
export function rasterise(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Inter' },
    fitTo: { mode: 'width', value: width },
  });
  return resvg.render().pixels;
}

/** Bytes of one PNG row: its filter byte (0, none) and its RGBA pixels. */
export const rowBytes = (width: number) => width * 4 + 1;

/**
 * Writes RGBA pixels as PNG rows (each preceded by its filter byte) into `into` at row `row`.
 * With `background` the pixels are first laid over that opaque colour ("source over", with
 * premultiplied colours: out = pixel + background × (1 − alpha)), the operation resvg applies
 * when it draws onto the background itself.
 */
export function writeRows(rgba: Buffer, width: number, into: Buffer, row: number, background?: readonly [number, number, number]): void {
  const rows = rgba.length / (width * 4);
  for (let y = 0; y < rows; y++) {
    const start = (row + y) * rowBytes(width);
    into[start] = 0;
    rgba.copy(into, start + 1, y * width * 4, (y + 1) * width * 4);
    if (!background) continue;
    for (let i = start + 1, end = start + rowBytes(width); i < end; i += 4) {
      const keep = 255 - (into[i + 3] as number);
      if (keep === 0) continue;
      into[i] = (into[i] as number) + Math.round((background[0] * keep) / 255);
      into[i + 1] = (into[i + 1] as number) + Math.round((background[1] * keep) / 255);
      into[i + 2] = (into[i + 2] as number) + Math.round((background[2] * keep) / 255);
      into[i + 3] = 255;
    }
  }
}

/**
 * A band of PNG rows kept compactly: the pixels that differ from the background, in runs. A chart
 * band is mostly background (a 2 MB band keeps about a tenth of that), so a build can keep the
 * bands of every chart it draws instead of drawing them again.
 */
export interface SparseRows {
  rows: number;
  /** Pairs of (byte offset in the rows, byte length) of the runs kept. */
  runs: Int32Array;
  /** The runs' bytes, one after the other. */
  bytes: Buffer;
  /** One row of background, filter byte included. */
  blank: Buffer;
}

/** Keeps the runs of `rows` (PNG rows, see `writeRows`) that are not `blank`; background gaps shorter than 16 pixels stay in a run. */
export function sparse(rows: Buffer, width: number, blank: Buffer): SparseRows {
  const stride = rowBytes(width);
  const count = rows.length / stride;
  const runs: number[] = [];
  const background = blank.readUInt32LE(1);
  const isBlank = (at: number, x: number) => rows.readUInt32LE(at + 1 + x * 4) === background;
  for (let y = 0; y < count; y++) {
    const at = y * stride;
    let x = 0;
    while (x < width) {
      if (isBlank(at, x)) {
        x++;
        continue;
      }
      const start = x;
      let end = x + 1; // one past the last pixel kept
      for (x = end; x < width && x - end < 16; x++) if (!isBlank(at, x)) end = x + 1;
      runs.push(at + 1 + start * 4, (end - start) * 4);
      x = end;
    }
  }
  const offsets = Int32Array.from(runs);
  const bytes = Buffer.alloc(offsets.reduce((sum, v, i) => (i % 2 ? sum + v : sum), 0));
  for (let i = 0, to = 0; i < offsets.length; i += 2)
    to += rows.copy(bytes, to, offsets[i] as number, (offsets[i] as number) + (offsets[i + 1] as number));
  return { rows: count, runs: offsets, bytes, blank };
}

/** Writes sparse rows back as whole PNG rows into `into` from byte `at`. */
export function unsparse(band: SparseRows, into: Buffer, at: number): void {
  for (let y = 0; y < band.rows; y++) band.blank.copy(into, at + y * band.blank.length);
  for (let i = 0, from = 0; i < band.runs.length; i += 2) {
    const length = band.runs[i + 1] as number;
    from += band.bytes.copy(into, at + (band.runs[i] as number), from, from + length);
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * An opaque picture's PNG rows (see `writeRows`) as an 8-bit RGBA PNG. Every preview has a solid
 * background, so premultiplied and plain colours are the same. Rows are unfiltered: on
 * flat-coloured pictures like these filtering gains a few KB and costs a pass over every byte.
 */
export function encodePng(rows: Buffer, width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, the one filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows.subarray(0, rowBytes(width) * height), { level: 3 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
