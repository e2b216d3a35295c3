import { deflateSync } from 'node:zlib';

/**
 * A minimal PNG encoder (8-bit RGB, no interlace) for images made in code: the demo seed's and the
 * tests'. No dependency and no download: a few simple shapes are all the demo needs.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

export type Rgb = readonly [number, number, number];

/** Encodes width × height pixels; `pixel(x, y)` gives each one's colour. */
export function encodePng(width: number, height: number, pixel: (x: number, y: number) => Rgb): Buffer {
  const raw = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 3); // each row starts with filter type 0 (none)
    for (let x = 0; x < width; x++) {
      const [r, g, b] = pixel(x, y);
      raw[row + 1 + x * 3] = r;
      raw[row + 2 + x * 3] = g;
      raw[row + 3 + x * 3] = b;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // bit depth 8, colour type RGB, deflate, adaptive filters, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** A shape on a plain background: the demo's "images" of its concepts. */
export function shapePng(shape: 'circle' | 'square' | 'triangle', colour: Rgb, options: { size?: number; background?: Rgb } = {}): Buffer {
  const size = options.size ?? 96;
  const background = options.background ?? [245, 245, 240];
  const c = size / 2;
  const r = size * 0.34;
  const inside = (x: number, y: number) => {
    if (shape === 'circle') return (x - c) ** 2 + (y - c) ** 2 <= r * r;
    if (shape === 'square') return Math.abs(x - c) <= r * 0.9 && Math.abs(y - c) <= r * 0.9;
    // An upward triangle: narrows linearly from its base to its apex.
    const top = c - r;
    const bottom = c + r * 0.8;
    return y >= top && y <= bottom && Math.abs(x - c) <= ((y - top) / (bottom - top)) * r;
  };
  return encodePng(size, size, (x, y) => (inside(x + 0.5, y + 0.5) ? colour : background));
}
