import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';

/**
 * Rasterising link-preview pictures. A picture is drawn as two layers: the page's own part (site
 * name, kicker, title) and the chart, which many pictures share (a chart's own picture and the
 * picture of each story that opens with it). The chart layer is drawn once per build and laid
 * over each picture's own layer; text is most of resvg's cost (it loads and shapes the fonts
 * for every picture: resvg-js has no font database to reuse), and a chart carries most of the text.
 *
 * The PNG is written here rather than with resvg's `asPng` (which needs resvg's own pixmap):
 * Node's zlib at level 3 makes a slightly smaller file (about 50 KB against 55 KB for a chart
 * picture) in about half the time, and the container around the deflated rows is three chunks.
 */

const require = createRequire(import.meta.url);
// A font shipped in an npm package, so preview images look the same on every machine.
const fontDir = dirname(require.resolve('@expo-google-fonts/inter/package.json'));
const fontFiles = [join(fontDir, '400Regular/Inter_400Regular.ttf'), join(fontDir, '700Bold/Inter_700Bold.ttf')];

/** Pixels of an SVG of `width` × `height`: RGBA, premultiplied by alpha (tiny-skia's layout). */
export function rasterise(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Inter' },
    fitTo: { mode: 'width', value: width },
  });
  return resvg.render().pixels;
}

/** The rows of a transparent layer that hold anything, kept deflated: a chart layer is mostly empty. */
export interface Layer {
  top: number;
  rows: number;
  pixels: Buffer;
}

/** Cuts a rasterised transparent layer down to the rows it draws on. */
export function toLayer(rgba: Buffer, width: number): Layer {
  const stride = width * 4;
  const height = rgba.length / stride;
  const drawn = (row: number) => {
    for (let i = row * stride + 3; i < (row + 1) * stride; i += 4) if (rgba[i] !== 0) return true;
    return false;
  };
  let top = 0;
  while (top < height && !drawn(top)) top++;
  let bottom = height;
  while (bottom > top && !drawn(bottom - 1)) bottom--;
  return { top, rows: bottom - top, pixels: deflateSync(rgba.subarray(top * stride, bottom * stride), { level: 1 }) };
}

/**
 * Lays `layer` over the opaque `base` in place ("source over", with premultiplied colours:
 * out = layer + base × (1 − layer alpha)), the same operation resvg applies when it draws the
 * chart onto the picture directly.
 */
export function composite(base: Buffer, width: number, layer: Layer): void {
  if (!layer.rows) return;
  const src = inflateSync(layer.pixels);
  const offset = layer.top * width * 4;
  for (let i = 0; i < src.length; i += 4) {
    const alpha = src[i + 3] as number;
    if (alpha === 0) continue;
    const j = offset + i;
    if (alpha === 255) {
      base[j] = src[i] as number;
      base[j + 1] = src[i + 1] as number;
      base[j + 2] = src[i + 2] as number;
      continue;
    }
    const keep = 255 - alpha;
    base[j] = (src[i] as number) + Math.round(((base[j] as number) * keep) / 255);
    base[j + 1] = (src[i + 1] as number) + Math.round(((base[j + 1] as number) * keep) / 255);
    base[j + 2] = (src[i + 2] as number) + Math.round(((base[j + 2] as number) * keep) / 255);
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
 * An opaque picture (every preview has a solid background, so premultiplied and plain colours
 * are the same) as an 8-bit RGBA PNG. Rows are unfiltered and copied whole: on flat-coloured
 * pictures like these, filtering or dropping the constant alpha byte gains a few KB and costs a
 * pass over every byte; deflate level 3 is where the size stops paying for the time.
 */
export function encodePng(rgba: Buffer, width: number, height: number): Buffer {
  const row = width * 4;
  const raw = Buffer.alloc((row + 1) * height); // each row starts with its filter byte, 0: none
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (row + 1) + 1, y * row, (y + 1) * row);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, the one filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 3 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
