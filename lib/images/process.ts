import 'server-only';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { sniffImageType, type ImageType } from './sniff';

/**
 * Reads an uploaded image for storage: its true type (magic bytes), its size in pixels, and a small WebP
 * thumbnail for lists. sharp (libvips, prebuilt for each platform; Next.js already installs it for image
 * optimization) decodes it fully, so a file that only starts like an image is refused too.
 */

/** The thumbnail's box; 2× the largest size lists show it at, for sharp screens. */
export const THUMB_SIZE = 256;
/**
 * Decoding allocates width × height × 4 bytes: a 5 MB PNG can claim 50,000 × 50,000 pixels and take
 * gigabytes. Refused beyond this (about 40 megapixels, more than labeling needs).
 */
export const MAX_IMAGE_PIXELS = 40_000_000;

const SHARP_FORMATS: Record<ImageType, string> = { 'image/png': 'png', 'image/jpeg': 'jpeg', 'image/webp': 'webp', 'image/gif': 'gif' };

export type StoredImage = {
  contentType: ImageType;
  byteSize: number;
  width: number;
  height: number;
  sha256: string;
  bytes: Uint8Array;
  thumb: Uint8Array;
};

export type ImageRefusal = 'type' | 'unreadable' | 'too_large';

/** The image ready to store, or why it is refused. Never throws for bad bytes. */
export async function readImage(bytes: Uint8Array): Promise<{ ok: true; image: StoredImage } | { ok: false; reason: ImageRefusal }> {
  const contentType = sniffImageType(bytes);
  if (!contentType) return { ok: false, reason: 'type' };
  let width: number;
  let height: number;
  try {
    // The header alone (no decoding): how big it claims to be, so a huge one gets its own answer.
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    // The header must agree with the magic bytes (a PNG signature glued to something else is refused).
    if (meta.format !== SHARP_FORMATS[contentType] || !meta.width || !meta.height) return { ok: false, reason: 'unreadable' };
    width = meta.width;
    height = meta.height;
    if (width * height > MAX_IMAGE_PIXELS) return { ok: false, reason: 'too_large' };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  try {
    // rotate() applies EXIF orientation; the thumbnail keeps no metadata (no camera GPS in lists).
    const thumb = await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' })
      .rotate()
      .resize(THUMB_SIZE, THUMB_SIZE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 75 })
      .toBuffer();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { ok: true, image: { contentType, byteSize: bytes.byteLength, width, height, sha256, bytes, thumb } };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
