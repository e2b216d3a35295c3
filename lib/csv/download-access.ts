import { getSignedIn } from '@/lib/auth/access';
import { can, type OrgPermission } from '@/lib/permissions';
import { plainResponse } from './index';

/**
 * A download's refusal, or null when the caller may have it: the membership and the permission are read
 * from the database for this request, as a page does; a non-member, or a member without the permission,
 * gets the same 404 as an organization that does not exist.
 */
export async function refuseDownload(orgId: string, permission: OrgPermission): Promise<Response | null> {
  const signedIn = await getSignedIn();
  if (!signedIn) return plainResponse(401, 'Sign in to continue.');
  const membership = signedIn.organizations.find((org) => org.id === orgId);
  return membership && can(membership.role, permission) ? null : plainResponse(404, 'Not found, or you do not have access.');
}
