/**
 * API token secrets: a recognisable prefix (`roster_pat_` for a person's token, `roster_oak_` for an
 * organization's API key, `roster_scim_` for a SCIM connection's bearer token), 32 random base62 characters (about 190 bits) and a 6-character base62 CRC-32
 * of the rest, as GitHub's tokens do: a secret scanner can tell a Roster token from random text by its
 * prefix and checksum without asking the server, and a mistyped one is refused before any lookup. Only the
 * SHA-256 of the whole secret is stored.
 */
import { createHash, randomInt } from 'node:crypto';
import { crc32 } from 'node:zlib';

export const TOKEN_PREFIXES = { personal: 'roster_pat_', organization: 'roster_oak_', scim: 'roster_scim_' } as const;
export type TokenKind = keyof typeof TOKEN_PREFIXES;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BODY_LENGTH = 32;
const CHECKSUM_LENGTH = 6;
const SHAPE = /^roster_(pat|oak|scim)_([0-9A-Za-z]{32})([0-9A-Za-z]{6})$/;

function base62(value: number, length: number): string {
  let out = '';
  for (let n = value; out.length < length; n = Math.floor(n / 62)) out = BASE62[n % 62] + out;
  return out;
}

const checksum = (text: string) => base62(crc32(text), CHECKSUM_LENGTH);

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A new secret of that kind, its hash (stored) and a hint to recognise it in lists (prefix and last four). */
export function newTokenSecret(kind: TokenKind): { secret: string; hash: string; hint: string } {
  let body = '';
  for (let i = 0; i < BODY_LENGTH; i++) body += BASE62[randomInt(62)];
  const unsigned = `${TOKEN_PREFIXES[kind]}${body}`;
  const secret = `${unsigned}${checksum(unsigned)}`;
  return { secret, hash: hashSecret(secret), hint: `${TOKEN_PREFIXES[kind]}…${secret.slice(-4)}` };
}

/** The kind of a well-formed secret whose checksum holds, or null (then no lookup is worth doing). */
export function tokenKindOf(secret: string): TokenKind | null {
  const match = SHAPE.exec(secret);
  if (!match) return null;
  const unsigned = secret.slice(0, secret.length - CHECKSUM_LENGTH);
  if (checksum(unsigned) !== match[3]) return null;
  return match[1] === 'pat' ? 'personal' : match[1] === 'oak' ? 'organization' : 'scim';
}
