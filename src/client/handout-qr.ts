/**
 * A QR code of the handout's link, drawn as an SVG path (no style attributes, which the CSP
 * forbids). lean-qr's nano build (about 2 KB gzip) encodes it; we draw it ourselves so no
 * canvas or data URL is needed. Black on white whatever the theme: a scanner needs the contrast.
 */
import { correction, generate } from 'lean-qr/nano';

export function qrSvg(text: string, label: string): SVGSVGElement {
  const code = generate(text, { minCorrectionLevel: correction.M });
  const ns = 'http://www.w3.org/2000/svg';
  const quiet = 2;
  const size = code.size + quiet * 2;
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('class', 'qr');
  const background = document.createElementNS(ns, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', 'white');
  let d = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) if (code.get(x, y)) d += `M${x + quiet} ${y + quiet}h1v1h-1z`;
  }
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', 'black');
  svg.append(background, path);
  return svg;
}
