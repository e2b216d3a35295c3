import 'server-only';
import { cache } from 'react';
import { notFound, redirect } from 'next/navigation';
import { getDb } from '@/db';
import { listOrganizationsForUser } from '@/db/queries/organizations';
import { can, type OrgPermission } from '@/lib/permissions';
import { getCurrentUser, type CurrentUser } from './session';

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  return user;
}

/**
 * The signed-in user's organizations and role in each, read from the database once per request: the
 * workspace switcher shows them and every org page's access check reads its membership from them.
 */
export const getMyOrganizations = cache(async (userId: string) => listOrganizationsForUser(await getDb(), userId, { memberCounts: false }));

/** The signed-in user's membership in the organization (from this request's read of the database). */
export const getOrgAccess = cache(async (orgId: string) => {
  const user = await requireUser();
  // Route segments come from the URL: anything that cannot be an Organization ID is simply not found.
  if (!/^[a-z0-9_-]{2,48}$/.test(orgId)) return null;
  const membership = (await getMyOrganizations(user.id)).find((org) => org.id === orgId);
  return membership ? { user, org: { id: membership.id, name: membership.name, billingEmail: membership.billingEmail }, role: membership.role } : null;
});

/** For pages: a non-member, or a member without the permission, gets the same 404. */
export async function requireOrgAccess(orgId: string, permission?: OrgPermission) {
  const access = await getOrgAccess(orgId);
  if (!access || (permission && !can(access.role, permission))) notFound();
  return access;
}
