import 'server-only';
import { createDecipheriv, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/**
 * Reads an Auth.js session token (a JWE: alg "dir", enc A256CBC-HS512 as Auth.js issues, or A256GCM as its
 * decode() also accepts) with Node's synchronous crypto. Same key derivation, same checks as Auth.js's
 * decode(): authentication tag first (constant time), then the content, then exp/nbf with 15 s of clock
 * tolerance. Why not decode(): jose runs its WebCrypto jobs on the thread pool, some 20 times the CPU of
 * this per token on every page (`npm run bench:session-token`; figures in bench/RESULTS.md).
 * Signing in, out and rolling the expiry stay with Auth.js. tests/unit/session-token.test.ts checks this
 * against tokens Auth.js's encode() makes, and tests/integration/session.test.ts against its cookie chunks.
 */

const CLOCK_TOLERANCE_S = 15;
const keys = new Map<string, Buffer>();

/** RFC 5869 HKDF-SHA256 exactly as @auth/core's getDerivedEncryptionKey (cached: it never changes). */
function derivedKey(secret: string, salt: string, length: 32 | 64): Buffer {
  const id = `${length}\u0000${salt}\u0000${secret}`;
  let key = keys.get(id);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, salt, `Auth.js Generated Encryption Key (${salt})`, length));
    if (keys.size > 16) keys.clear(); // a handful of (secret, cookie name) pairs at most
    keys.set(id, key);
  }
  return key;
}

function fromBase64Url(part: string): Buffer | null {
  return /^[A-Za-z0-9_-]*$/.test(part) ? Buffer.from(part, 'base64url') : null;
}

/** The content of one token, or null when its tag does not verify under this key. */
function decrypt(enc: string, key: Buffer, aad: Buffer, iv: Buffer, ciphertext: Buffer, tag: Buffer): Buffer | null {
  try {
    if (enc === 'A256CBC-HS512') {
      // RFC 7518 §5.2: MAC key, then encryption key; tag = first half of HMAC-SHA-512(AAD ‖ IV ‖ C ‖ AL).
      if (iv.length !== 16 || tag.length !== 32) return null;
      const al = Buffer.alloc(8);
      al.writeBigUInt64BE(BigInt(aad.length * 8));
      const expected = createHmac('sha512', key.subarray(0, 32))
        .update(aad)
        .update(iv)
        .update(ciphertext)
        .update(al)
        .digest()
        .subarray(0, 32);
      if (!timingSafeEqual(expected, tag)) return null;
      const decipher = createDecipheriv('aes-256-cbc', key.subarray(32), iv);
      return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
    }
    if (iv.length !== 12 || tag.length !== 16) return null;
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    return null; // bad padding or GCM tag
  }
}

/** The token's claims when it is authentic under one of the secrets and not expired; otherwise null. */
export function readSessionToken(
  token: string,
  secrets: string[],
  salt: string,
  nowSeconds = Date.now() / 1000,
): Record<string, unknown> | null {
  const parts = token.split('.');
  if (parts.length !== 5) return null;
  const [headerPart, encryptedKey, ivPart, cipherPart, tagPart] = parts as [string, string, string, string, string];
  if (encryptedKey !== '') return null; // "dir": no wrapped key
  const headerBytes = fromBase64Url(headerPart);
  const iv = fromBase64Url(ivPart);
  const ciphertext = fromBase64Url(cipherPart);
  const tag = fromBase64Url(tagPart);
  if (!headerBytes || !iv || !ciphertext || !tag) return null;
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(headerBytes.toString('utf8'));
  } catch {
    return null;
  }
  const enc = header.enc;
  if (header.alg !== 'dir' || (enc !== 'A256CBC-HS512' && enc !== 'A256GCM') || 'zip' in header || 'crit' in header) return null;
  const aad = Buffer.from(headerPart, 'ascii');
  for (const secret of secrets) {
    const plain = decrypt(enc, derivedKey(secret, salt, enc === 'A256GCM' ? 32 : 64), aad, iv, ciphertext, tag);
    if (!plain) continue;
    let claims: unknown;
    try {
      claims = JSON.parse(plain.toString('utf8'));
    } catch {
      return null;
    }
    if (!claims || typeof claims !== 'object' || Array.isArray(claims)) return null;
    const { exp, nbf } = claims as { exp?: unknown; nbf?: unknown };
    if (exp !== undefined && (typeof exp !== 'number' || exp <= nowSeconds - CLOCK_TOLERANCE_S)) return null;
    if (nbf !== undefined && (typeof nbf !== 'number' || nbf > nowSeconds + CLOCK_TOLERANCE_S)) return null;
    return claims as Record<string, unknown>;
  }
  return null;
}
