import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { urlText } from '@/db/text';
import { findMember } from '@/db/queries/members';
import { listMemberTeams } from '@/db/queries/teams';
import { requireOrgAccess } from '@/lib/auth/access';
import { can, ORG_ROLE_DESCRIPTIONS, ORG_ROLE_LABELS } from '@/lib/permissions';
import { formatDate } from '@/components/ui/date';
import { EffectiveAccess, type AccessLinks } from '@/components/access/effective-access';
import { effectiveAccessForMember } from '@/db/queries/access';
import { FollowLinks } from './_components/follow-links';
import { MemberTeamsList } from './_components/member-teams';

export const metadata: Metadata = { title: 'Member' };

/** The member's teams shown on their page; the rest are counted ("and N more"). */
const MEMBER_TEAMS_SHOWN = 25;

export default async function MemberPage({ params }: { params: Promise<{ orgId: string; userId: string }> }) {
  const { orgId, userId } = await params;
  const access = await requireOrgAccess(orgId);
  // Members with the members list see anyone's page; every member sees their own.
  if (userId !== access.user.id && !can(access.role, 'members.view')) notFound();
  const self = userId === access.user.id;
  // Their own teams every member sees; another member's, those who manage teams (and so may open them).
  const showTeams = self ? can(access.role, 'teams.view_own') : can(access.role, 'teams.manage');
  const showAccess = self ? can(access.role, 'access.view_own') : can(access.role, 'access.view_any');
  const db = await getDb();
  const memberId = urlText(userId, 100);
  // The member and their teams at once: a fixed number of statements whatever the number of teams.
  const [member, teams] = await Promise.all([
    findMember(db, orgId, memberId),
    showTeams ? listMemberTeams(db, orgId, memberId, MEMBER_TEAMS_SHOWN) : null,
  ]);
  if (!member) notFound();
  const apps = showAccess ? await effectiveAccessForMember(db, orgId, userId, member.role) : [];
  const teamHref = (teamId: string) => `/orgs/${orgId}/teams/${encodeURIComponent(teamId)}`;
  const links: AccessLinks = {
    rolesHref: can(access.role, 'roles.view') ? `/orgs/${orgId}/roles#app-perms` : null,
    teamHref: showTeams ? teamHref : null,
    moreTeamsHref: showTeams ? '#teams-heading' : null,
  };
  const who = self ? 'You' : member.name || member.email;
  return (
    <main className="max-w-3xl p-4 sm:p-6">
      {can(access.role, 'members.view') ? (
        <Link href={`/orgs/${orgId}/members`} className="text-sm text-fg-muted hover:underline">
          ← Members
        </Link>
      ) : null}
      <h1 className="mt-2 text-xl font-semibold break-words">{member.name || member.email}</h1>
      <dl className="mt-4 grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
        <dt className="text-fg-muted">Email</dt>
        <dd className="min-w-0 break-words">{member.email}</dd>
        <dt className="text-fg-muted">Role</dt>
        <dd>
          {ORG_ROLE_LABELS[member.role]}
          <span className="block text-xs text-fg-muted">{ORG_ROLE_DESCRIPTIONS[member.role]}</span>
        </dd>
        <dt className="text-fg-muted">Joined</dt>
        <dd className="tabular-nums">{formatDate(member.joinedAt)}</dd>
      </dl>
      <FollowLinks>
        {teams ? (
          <section aria-labelledby="teams-heading" className="mt-8">
            <h2 id="teams-heading" className="scroll-mt-4 text-lg font-semibold">
              Teams
            </h2>
            <MemberTeamsList teams={teams} teamHref={teamHref} emptyText={`${self ? 'You are' : 'This member is'} in no team.`} />
          </section>
        ) : null}
        {showAccess ? (
          <section aria-labelledby="access-heading" className="mt-8">
            <h2 id="access-heading" className="text-lg font-semibold">
              Effective access
            </h2>
            <p className="mb-3 text-sm text-fg-muted">
              What {self ? 'you' : who} can do in each app, and why: the organization role and each team with its level.
            </p>
            <EffectiveAccess
              apps={apps}
              links={links}
              emptyText={`${self ? 'You have' : 'This member has'} no access to any app: no role or team grants one.`}
            />
          </section>
        ) : null}
      </FollowLinks>
    </main>
  );
}
