import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { findMember } from '@/db/queries/members';
import { requireOrgAccess } from '@/lib/auth/access';
import { can, ORG_ROLE_DESCRIPTIONS, ORG_ROLE_LABELS } from '@/lib/permissions';
import { formatDate } from '@/components/ui/date';

export const metadata: Metadata = { title: 'Member' };

export default async function MemberPage({ params }: { params: Promise<{ orgId: string; userId: string }> }) {
  const { orgId, userId } = await params;
  const access = await requireOrgAccess(orgId);
  // Members with the members list see anyone's page; every member sees their own.
  if (userId !== access.user.id && !can(access.role, 'members.view')) notFound();
  const member = await findMember(await getDb(), orgId, userId);
  if (!member) notFound();
  return (
    <main className="max-w-3xl p-4 sm:p-6">
      {can(access.role, 'members.view') ? (
        <Link href={`/orgs/${orgId}/members`} className="text-sm text-fg-muted hover:underline">← Members</Link>
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
    </main>
  );
}
