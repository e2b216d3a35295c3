import 'server-only';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { appGrantFor, findOrgAppBySlug } from '@/db/queries/apps';
import { urlText } from '@/db/text';
import { appPermissionsOf, canOnApp } from '@/lib/permissions';
import { requireOrgAccess } from './access';

/**
 * For app pages: the app of this organization and what the signed-in member may do on it (role and
 * team grants, loaded once per request). An app the member cannot view answers 404 like a missing one.
 */
export const requireAppAccess = cache(async (orgId: string, slug: string) => {
  const access = await requireOrgAccess(orgId);
  const db = await getDb();
  const app = await findOrgAppBySlug(db, orgId, urlText(slug, 48));
  const grant = app ? await appGrantFor(db, orgId, access.user.id, app.id) : null;
  if (!app || !grant || !canOnApp(grant, 'app.view')) notFound();
  return { ...access, app, grant, permissions: appPermissionsOf(grant) };
});
