import 'server-only';
import { cache } from 'react';
import { notFound, redirect } from 'next/navigation';
import { getDb } from '@/db';
import { findUserWithOrganizations } from '@/db/queries/organizations';
import { can, type OrgPermission } from '@/lib/permissions';
import { sessionUserId, type CurrentUser } from './session';

/**
 * The signed-in user and their organizations with the role in each, read from the database once per
 * request and in one round trip: the top bar shows them, and every org page's access check reads its
 * membership from them. (Server actions use getCurrentUser and read the membership they act on.)
 */
const getSignedIn = cache(async () => {
  const id = await sessionUserId();
  return id ? findUserWithOrganizations(await getDb(), id) : null;
});

export async function requireUser(): Promise<CurrentUser> {
  const signedIn = await getSignedIn();
  if (!signedIn) redirect('/sign-in');
  return signedIn.user;
}

/** The signed-in user's organizations (none when signed out). */
export async function getMyOrganizations() {
  return (await getSignedIn())?.organizations ?? [];
}

/** The signed-in user's membership in the organization (from this request's read of the database). */
export const getOrgAccess = cache(async (orgId: string) => {
  const user = await requireUser();
  // Route segments come from the URL: anything that cannot be an Organization ID is simply not found.
  if (!/^[a-z0-9_-]{2,48}$/.test(orgId)) return null;
  const membership = (await getMyOrganizations()).find((org) => org.id === orgId);
  return membership ? { user, org: { id: membership.id, name: membership.name, billingEmail: membership.billingEmail }, role: membership.role } : null;
});

/** For pages: a non-member, or a member without the permission, gets the same 404. */
export async function requireOrgAccess(orgId: string, permission?: OrgPermission) {
  const access = await getOrgAccess(orgId);
  if (!access || (permission && !can(access.role, permission))) notFound();
  return access;
}
