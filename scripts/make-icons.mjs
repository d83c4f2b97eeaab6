#!/usr/bin/env node
// Draws the app icons in public/icons/ from one description (the three stacked layers of the
// header's logo on an accent square): icon.svg, and PNGs rasterised here with 4x4 supersampling
// and written with node:zlib, so no image tool is needed. Run it after changing the design:
//   node scripts/make-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const ACCENT = [0x0b, 0x5f, 0xd1];
const WHITE = [0xff, 0xff, 0xff];
// The logo's layers in a 24-unit box (as app/icon.svg and the header draw them).
const LAYERS = [
  { x: 3, y: 14, w: 18, h: 5, r: 1.5, opacity: 1 },
  { x: 5, y: 8.5, w: 14, h: 4.5, r: 1.5, opacity: 0.8 },
  { x: 7, y: 3.5, w: 10, h: 4, r: 1.5, opacity: 0.6 },
];

/** The shapes of one icon, in 24 units: a background (rounded or full-bleed) and the layers scaled about the centre. */
function shapes({ radius, scale }) {
  const cx = 12;
  const cy = 11.25; // the layers' own centre
  const background = { x: 0, y: 0, w: 24, h: 24, r: radius, color: ACCENT, opacity: 1 };
  const layers = LAYERS.map((l) => ({
    x: 12 + (l.x - cx) * scale,
    y: 12 + (l.y - cy) * scale,
    w: l.w * scale,
    h: l.h * scale,
    r: l.r * scale,
    color: WHITE,
    opacity: l.opacity,
  }));
  return [background, ...layers];
}

function inside(shape, x, y) {
  const { x: sx, y: sy, w, h, r } = shape;
  if (x < sx || y < sy || x > sx + w || y > sy + h) return false;
  const dx = Math.max(sx + r - x, 0, x - (sx + w - r));
  const dy = Math.max(sy + r - y, 0, y - (sy + h - r));
  return dx * dx + dy * dy <= r * r;
}

function rasterise(list, size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = ((px + (sx + 0.5) / n) / size) * 24;
          const y = ((py + (sy + 0.5) / n) / size) * 24;
          // Composite the shapes in order ("over"), premultiplied.
          let cr = 0, cg = 0, cb = 0, ca = 0;
          for (const shape of list) {
            if (!inside(shape, x, y)) continue;
            const o = shape.opacity;
            cr = shape.color[0] * o + cr * (1 - o);
            cg = shape.color[1] * o + cg * (1 - o);
            cb = shape.color[2] * o + cb * (1 - o);
            ca = o + ca * (1 - o);
          }
          r += cr; g += cg; b += cb; a += ca;
        }
      }
      const samples = n * n;
      const alpha = a / samples;
      const i = (py * size + px) * 4;
      pixels[i] = alpha ? Math.round(r / samples / alpha) : 0;
      pixels[i + 1] = alpha ? Math.round(g / samples / alpha) : 0;
      pixels[i + 2] = alpha ? Math.round(b / samples / alpha) : 0;
      pixels[i + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

function png(pixels, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function svg(list) {
  const hex = (c) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  const round = (v) => Math.round(v * 1000) / 1000;
  const rects = list.map(
    (s) => `<rect x="${round(s.x)}" y="${round(s.y)}" width="${round(s.w)}" height="${round(s.h)}" rx="${round(s.r)}" fill="${hex(s.color)}"${s.opacity < 1 ? ` fill-opacity="${s.opacity}"` : ''}/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">${rects.join('')}</svg>\n`;
}

const dir = path.resolve('public/icons');
fs.mkdirSync(dir, { recursive: true });
const any = shapes({ radius: 5, scale: 0.75 });
// Maskable: full bleed, the layers inside the central safe circle (40% of the size in radius).
const maskable = shapes({ radius: 0, scale: 0.6 });
fs.writeFileSync(path.join(dir, 'icon.svg'), svg(any));
for (const [name, list, size] of [
  ['icon-192.png', any, 192],
  ['icon-512.png', any, 512],
  ['maskable-512.png', maskable, 512],
  ['apple-touch-icon.png', maskable, 180],
]) {
  fs.writeFileSync(path.join(dir, name), png(rasterise(list, size), size));
}
console.log(`Icons written to ${path.relative(process.cwd(), dir)}/`);
