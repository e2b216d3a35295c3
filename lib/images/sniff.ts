/**
 * What an uploaded file really is, read from its first bytes: the name and the type a browser reports
 * are whatever the sender says. Only these four raster formats are accepted; SVG never is (served inline
 * it could run script), nor anything else.
 *
 * Safe to import anywhere (no server-only code).
 */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, n) => bytes[offset + n] === byte);

const ascii = (text: string) => [...text].map((ch) => ch.charCodeAt(0));

/** The image type its magic bytes announce, or null when they announce none of IMAGE_TYPES. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return null;
}
