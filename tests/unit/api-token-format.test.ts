import { describe, expect, it } from 'vitest';
import { hashSecret, newTokenSecret, tokenKindOf } from '@/lib/api-tokens/format';

describe('API token secrets', () => {
  it('carry their kind in a prefix and a checksum a scanner can verify', () => {
    const pat = newTokenSecret('personal');
    expect(pat.secret).toMatch(/^roster_pat_[0-9A-Za-z]{38}$/);
    expect(tokenKindOf(pat.secret)).toBe('personal');
    expect(pat.hash).toBe(hashSecret(pat.secret));
    expect(pat.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(pat.hint).toBe(`roster_pat_…${pat.secret.slice(-4)}`);
    const key = newTokenSecret('organization');
    expect(key.secret.startsWith('roster_oak_')).toBe(true);
    expect(tokenKindOf(key.secret)).toBe('organization');
  });

  it('are never the same twice', () => {
    const secrets = new Set(Array.from({ length: 1000 }, () => newTokenSecret('personal').secret));
    expect(secrets.size).toBe(1000);
  });

  it('refuse a mistyped, truncated or re-prefixed secret before any lookup', () => {
    const { secret } = newTokenSecret('personal');
    const body = secret.slice('roster_pat_'.length);
    // One character changed anywhere in the body or the checksum.
    for (let i = 0; i < body.length; i++) {
      const changed = body[i] === 'a' ? 'b' : 'a';
      expect(tokenKindOf(`roster_pat_${body.slice(0, i)}${changed}${body.slice(i + 1)}`), `position ${i}`).toBeNull();
    }
    expect(tokenKindOf(secret.slice(0, -1))).toBeNull();
    expect(tokenKindOf(`${secret}x`)).toBeNull();
    expect(tokenKindOf(secret.replace('roster_pat_', 'roster_oak_'))).toBeNull();
    expect(tokenKindOf(`Bearer ${secret}`)).toBeNull();
    expect(tokenKindOf('')).toBeNull();
  });
});
