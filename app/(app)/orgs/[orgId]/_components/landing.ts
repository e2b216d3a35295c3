import 'server-only';
import { redirect } from 'next/navigation';
import { requireOrgAccess } from '@/lib/auth/access';
import { can, firstAreaFor, orgAreaHref } from '@/lib/permissions';

/**
 * `/orgs/[orgId]` is the Apps area, and where every way into an organization leads (the workspace
 * switcher, /organizations, an accepted invitation, a new organization). A member whose role may not see
 * the apps lands on their first area instead (a Financial Manager on Costs), not on an empty Apps page.
 * A non-member gets the usual 404.
 */
export async function landOnFirstArea(orgId: string): Promise<void> {
  const { org, role, user } = await requireOrgAccess(orgId);
  if (!can(role, 'org.apps.view')) redirect(orgAreaHref(firstAreaFor(role), org.id, user.id));
}
