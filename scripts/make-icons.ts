// Draws the toolbar/store icons (public/icons/icon-N.png) with no image library: pixels -> PNG via node:zlib.
// The picture: a page with text lines and a yellow margin note beside them. Run: npx tsx scripts/make-icons.ts
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Rgba = [number, number, number, number];
const NAVY: Rgba = [22, 48, 82, 255];
const PAPER: Rgba = [250, 250, 247, 255];
const INK: Rgba = [120, 130, 145, 255];
const NOTE: Rgba = [230, 178, 30, 255];

/** Colour at a point of the 1x1 design square, or null for transparent. */
function shade(x: number, y: number): Rgba | null {
  const inRect = (x0: number, y0: number, x1: number, y1: number, r = 0): boolean => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  if (inRect(0.62, 0.22, 0.9, 0.5, 0.04)) return NOTE;
  if (inRect(0.1, 0.08, 0.58, 0.92, 0.05)) {
    for (const top of [0.2, 0.34, 0.48, 0.62, 0.76]) if (inRect(0.18, top, 0.5, top + 0.06)) return INK;
    return PAPER;
  }
  if (inRect(0, 0, 1, 1, 0.18)) return NAVY;
  return null;
}

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

function png(size: number): Buffer {
  const samples = 4; // 4x4 supersampling for smooth edges
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const c = shade((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          if (c) for (let i = 0; i < 4; i++) sum[i]! += i < 3 ? c[i]! * c[3] : c[3];
        }
      const alpha = sum[3]!;
      const at = y * (size * 4 + 1) + 1 + x * 4;
      for (let i = 0; i < 3; i++) raw[at + i] = alpha ? Math.round(sum[i]! / alpha) : 0;
      raw[at + 3] = Math.round(alpha / (samples * samples));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = join(import.meta.dirname, '..', 'public', 'icons');
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(join(dir, `icon-${size}.png`), png(size));
console.log(`wrote ${dir}/icon-{16,32,48,128}.png`);
