import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { urlText } from '@/db/text';
import { findMember } from '@/db/queries/members';
import { requireOrgAccess } from '@/lib/auth/access';
import { can, ORG_ROLE_DESCRIPTIONS, ORG_ROLE_LABELS } from '@/lib/permissions';
import { formatDate } from '@/components/ui/date';
import { EffectiveAccess } from '@/components/access/effective-access';
import { effectiveAccessForMember } from '@/db/queries/access';

export const metadata: Metadata = { title: 'Member' };

export default async function MemberPage({ params }: { params: Promise<{ orgId: string; userId: string }> }) {
  const { orgId, userId } = await params;
  const access = await requireOrgAccess(orgId);
  // Members with the members list see anyone's page; every member sees their own.
  if (userId !== access.user.id && !can(access.role, 'members.view')) notFound();
  const db = await getDb();
  const member = await findMember(db, orgId, urlText(userId, 100));
  if (!member) notFound();
  const self = userId === access.user.id;
  const showAccess = self ? can(access.role, 'access.view_own') : can(access.role, 'access.view_any');
  const apps = showAccess ? await effectiveAccessForMember(db, orgId, userId, member.role) : [];
  return (
    <main className="max-w-3xl p-4 sm:p-6">
      {can(access.role, 'members.view') ? (
        <Link href={`/orgs/${orgId}/members`} className="text-sm text-fg-muted hover:underline">
          ← Members
        </Link>
      ) : null}
      <h1 className="mt-2 text-xl font-semibold">{member.name || member.email}</h1>
      <dl className="mt-4 grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
        <dt className="text-fg-muted">Email</dt>
        <dd>{member.email}</dd>
        <dt className="text-fg-muted">Role</dt>
        <dd>
          {ORG_ROLE_LABELS[member.role]}
          <span className="block text-xs text-fg-muted">{ORG_ROLE_DESCRIPTIONS[member.role]}</span>
        </dd>
        <dt className="text-fg-muted">Joined</dt>
        <dd className="tabular-nums">{formatDate(member.joinedAt)}</dd>
      </dl>
      {showAccess ? (
        <section aria-labelledby="access-heading" className="mt-8">
          <h2 id="access-heading" className="text-lg font-semibold">
            Effective access
          </h2>
          <p className="mb-3 text-sm text-fg-muted">
            What {self ? 'you' : member.name || member.email} can do in each app, and why: the organization role and each team with its
            level.
          </p>
          <EffectiveAccess
            apps={apps}
            emptyText={`${self ? 'You have' : 'This member has'} no access to any app: no role or team grants one.`}
          />
        </section>
      ) : null}
    </main>
  );
}
