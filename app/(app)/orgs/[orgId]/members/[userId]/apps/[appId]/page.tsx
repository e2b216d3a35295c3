import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { urlText } from '@/db/text';
import { appGrantFor } from '@/db/queries/apps';
import { findMember } from '@/db/queries/members';
import { requireOrgAccess } from '@/lib/auth/access';
import { requireAppAccess } from '@/lib/auth/app-access';
import { can, ORG_ROLE_LABELS } from '@/lib/permissions';
import { AppLink } from '@/components/ui/app-link';
import { EffectiveAccess, type AccessLinks } from '@/components/access/effective-access';
import { FollowLinks } from '../../_components/follow-links';

export const metadata: Metadata = { title: 'Effective access' };

/**
 * One member's effective access on one app, every permission with its sources (SPEC §3.4: "Admins see it
 * for any member (member page and app settings); every member sees their own"). Linked from the app's
 * "Who has access"; an app the viewer cannot open answers 404 like a missing one.
 */
export default async function MemberAppAccessPage({ params }: { params: Promise<{ orgId: string; userId: string; appId: string }> }) {
  const { orgId, userId, appId } = await params;
  const access = await requireOrgAccess(orgId);
  const self = userId === access.user.id;
  if (!can(access.role, self ? 'access.view_own' : 'access.view_any')) notFound();
  const { app, permissions } = await requireAppAccess(orgId, appId);
  const db = await getDb();
  const memberId = urlText(userId, 100);
  // The member and their grant at once: a fixed number of statements whatever the number of teams.
  const [member, grant] = await Promise.all([findMember(db, orgId, memberId), appGrantFor(db, orgId, memberId, app.id)]);
  if (!member || !grant) notFound();
  const showTeams = self ? can(access.role, 'teams.view_own') : can(access.role, 'teams.manage');
  const memberHref = `/orgs/${orgId}/members/${encodeURIComponent(member.userId)}`;
  const links: AccessLinks = {
    rolesHref: can(access.role, 'roles.view') ? `/orgs/${orgId}/roles#app-perms` : null,
    teamHref: showTeams ? (teamId) => `/orgs/${orgId}/teams/${encodeURIComponent(teamId)}` : null,
    moreTeamsHref: showTeams ? `${memberHref}#teams-heading` : null,
  };
  const who = self ? 'You' : member.name || member.email;
  return (
    <main className="max-w-3xl p-4 sm:p-6">
      <nav aria-label="Back" className="flex flex-wrap gap-x-4 text-sm text-fg-muted">
        {self || can(access.role, 'members.view') ? (
          <AppLink href={memberHref} className="hover:underline">
            ← {self ? 'Your access to every app' : who}
          </AppLink>
        ) : null}
        {permissions.has('app.collaborators.view') ? (
          <AppLink href={`/orgs/${orgId}/apps/${app.slug}/settings#who-heading`} className="hover:underline">
            ← Who has access to {app.slug}
          </AppLink>
        ) : null}
      </nav>
      <h1 className="mt-2 text-xl font-semibold break-words">
        {who} on {app.name}
      </h1>
      <p className="text-sm text-fg-muted">
        App ID: {app.slug} · {member.email} · {ORG_ROLE_LABELS[member.role]}
      </p>
      <section aria-labelledby="access-heading" className="mt-6">
        <h2 id="access-heading" className="text-lg font-semibold">
          Effective access
        </h2>
        <p className="mb-3 text-sm text-fg-muted">
          What {self ? 'you' : who} can do in this app, and why: the organization role, the app&apos;s visibility and each team with its
          level.
        </p>
        <FollowLinks>
          <EffectiveAccess
            apps={[{ appId: app.id, slug: app.slug, name: app.name, grant }]}
            links={links}
            emptyText={`${self ? 'You have' : 'This member has'} no access to this app.`}
          />
        </FollowLinks>
      </section>
    </main>
  );
}
