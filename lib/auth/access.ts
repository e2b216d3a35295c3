import 'server-only';
import { cache } from 'react';
import { notFound, redirect } from 'next/navigation';
import { getDb } from '@/db';
import { loadSignedInShell } from '@/db/queries/shell';
import { can, type OrgPermission } from '@/lib/permissions';
import { sessionClaims, type CurrentUser } from './session';

/**
 * The signed-in user, their organizations with the role in each and their unread count, read from
 * the database once per request and in one round trip: the top bar shows them, and every org page's
 * access check reads its membership from them. (Server actions use getCurrentUser and read the
 * membership they act on.)
 */
export const getSignedIn = cache(async () => {
  const claims = await sessionClaims();
  const shell = claims ? await loadSignedInShell(await getDb(), claims.userId, claims.sessionId) : null;
  return shell && claims ? { ...shell, sessionId: claims.sessionId } : null;
});

/** For pages: the signed-in shell, or off to sign in. */
export async function requireSignedIn() {
  const signedIn = await getSignedIn();
  if (!signedIn) redirect('/sign-in');
  return signedIn;
}

export async function requireUser(): Promise<CurrentUser> {
  const { user, sessionId } = await requireSignedIn();
  return { ...user, sessionId };
}

/** The signed-in user's membership in the organization (from this request's read of the database). */
export const getOrgAccess = cache(async (orgId: string) => {
  const { user, organizations } = await requireSignedIn();
  // Route segments come from the URL: anything that cannot be an Organization ID is simply not found.
  if (!/^[a-z0-9_-]{2,48}$/.test(orgId)) return null;
  const membership = organizations.find((org) => org.id === orgId);
  return membership
    ? { user, org: { id: membership.id, name: membership.name, billingEmail: membership.billingEmail }, role: membership.role }
    : null;
});

/** For pages: a non-member, or a member without the permission, gets the same 404. */
export async function requireOrgAccess(orgId: string, permission?: OrgPermission) {
  const access = await getOrgAccess(orgId);
  if (!access || (permission && !can(access.role, permission))) notFound();
  return access;
}
