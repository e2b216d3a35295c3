import { describe, expect, it } from 'vitest';
import { hkdfSync } from 'node:crypto';
import fc from 'fast-check';
import { EncryptJWT } from 'jose';
import { encode } from 'next-auth/jwt';
import { readSessionToken } from '@/lib/auth/session-token';

// The reader is checked against the tokens Auth.js itself issues (next-auth/jwt encode, jose inside).
const SECRET = 'unit-secret-0123456789abcdef0123456789abcdef';
const OTHER = 'other-secret-0123456789abcdef0123456789abcdef';
const SALT = 'authjs.session-token';
const now = () => Date.now() / 1000;

describe('readSessionToken (Auth.js session JWE, read synchronously)', () => {
  it('reads what Auth.js encode() issued, with any of the rotating secrets', async () => {
    const token = await encode({ token: { sub: 'user-1', email: 'a@example.test' }, secret: SECRET, salt: SALT });
    expect(readSessionToken(token, [SECRET], SALT)).toMatchObject({
      sub: 'user-1',
      email: 'a@example.test',
      exp: expect.any(Number),
      jti: expect.any(String),
    });
    expect(readSessionToken(token, [OTHER, SECRET], SALT)?.sub).toBe('user-1');
  });

  it('refuses another secret, another cookie name (salt), and any altered part', async () => {
    const token = await encode({ token: { sub: 'user-1' }, secret: SECRET, salt: SALT });
    expect(readSessionToken(token, [OTHER], SALT)).toBeNull();
    expect(readSessionToken(token, [SECRET], `__Secure-${SALT}`)).toBeNull();
    const parts = token.split('.');
    for (const index of [0, 2, 3, 4]) {
      const altered = [...parts];
      const part = altered[index]!;
      // Flip one bit of the part's first byte: a different, still well-formed part.
      const bytes = Buffer.from(part, 'base64url');
      bytes[0] = bytes[0]! ^ 1;
      altered[index] = bytes.toString('base64url');
      expect(readSessionToken(altered.join('.'), [SECRET], SALT), `part ${index}`).toBeNull();
    }
    expect(readSessionToken([parts[0], 'AAAA', ...parts.slice(2)].join('.'), [SECRET], SALT)).toBeNull();
  });

  it('honours exp and nbf with Auth.js’s 15 s of clock tolerance', async () => {
    const token = await encode({ token: { sub: 'user-1' }, secret: SECRET, salt: SALT, maxAge: 60 });
    const { exp } = readSessionToken(token, [SECRET], SALT) as { exp: number };
    expect(readSessionToken(token, [SECRET], SALT, exp + 14)?.sub).toBe('user-1');
    expect(readSessionToken(token, [SECRET], SALT, exp + 15)).toBeNull();
    expect(readSessionToken(await encode({ token: { sub: 'u' }, secret: SECRET, salt: SALT, maxAge: -60 }), [SECRET], SALT)).toBeNull();
    const later = await encode({ token: { sub: 'u', nbf: Math.floor(now()) + 120 }, secret: SECRET, salt: SALT });
    expect(readSessionToken(later, [SECRET], SALT)).toBeNull();
    expect(readSessionToken(later, [SECRET], SALT, now() + 120)?.sub).toBe('u');
  });

  it('reads an A256GCM token as Auth.js decode() accepts, and refuses another content encryption', async () => {
    const key = new Uint8Array(hkdfSync('sha256', SECRET, SALT, `Auth.js Generated Encryption Key (${SALT})`, 32));
    const gcm = await new EncryptJWT({ sub: 'gcm-user' })
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .setExpirationTime('1h')
      .encrypt(key);
    expect(readSessionToken(gcm, [SECRET], SALT)?.sub).toBe('gcm-user');
    const a128 = await new EncryptJWT({ sub: 'x' }).setProtectedHeader({ alg: 'dir', enc: 'A128GCM' }).encrypt(key.subarray(0, 16));
    expect(readSessionToken(a128, [SECRET], SALT)).toBeNull();
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(fc.base64String(), { minLength: 5, maxLength: 5 }).map((p) => p.join('.')),
        ),
        (token) => {
          expect(readSessionToken(token, [SECRET], SALT)).toBeNull();
        },
      ),
      { numRuns: 500 },
    );
  });
});
