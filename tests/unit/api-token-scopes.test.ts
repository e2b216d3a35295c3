import { describe, expect, it } from 'vitest';
import { APP_PERMISSION_KEYS, ORG_PERMISSION_KEYS } from '@/lib/permissions';
import { isScope, NOT_TOKEN_SCOPES, SCOPE_GROUPS, SCOPES } from '@/lib/permissions/scopes';

describe('API token scopes', () => {
  it('are the permission keys of the matrix, each in exactly one group, but those no token may hold', () => {
    const keys = [...ORG_PERMISSION_KEYS, ...APP_PERMISSION_KEYS];
    expect([...SCOPES].sort()).toEqual(keys.filter((k) => !NOT_TOKEN_SCOPES.includes(k)).sort());
    expect(NOT_TOKEN_SCOPES.every((k) => keys.includes(k))).toBe(true);
    expect(new Set(SCOPES).size).toBe(SCOPES.length);
    expect(SCOPE_GROUPS.every((g) => g.read.length + g.write.length > 0)).toBe(true);
  });

  it('recognise only those keys', () => {
    expect(isScope('members.view')).toBe(true);
    expect(isScope('models.write')).toBe(true);
    expect(isScope('members.*')).toBe(false);
    expect(isScope(undefined)).toBe(false);
    expect(isScope('tokens.create_own')).toBe(false);
  });
});
