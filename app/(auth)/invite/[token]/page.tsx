import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db';
import { findInvitationByToken, type InvitationView } from '@/db/queries/invitation-responses';
import { getCurrentUser } from '@/lib/auth/session';
import { ORG_ROLE_DESCRIPTIONS, ORG_ROLE_LABELS } from '@/lib/permissions';
import { formatDateTime } from '@/components/ui/date';
import { SignUpForm } from '../../_components/sign-up-form';
import { safeRedirect } from '../../_components/safe-redirect';
import { InvitationAnswer, SwitchAccountButton } from './invitation-answer';
import { VoidInvitation } from './void-invitation';

// The token in this page's URL never leaves Roster in a Referer header. Not 'no-referrer': under it a browser
// posts the Accept/Decline form (no JavaScript) with `Origin: null`, which Next refuses as cross-site.
export const metadata: Metadata = { title: 'Invitation', referrer: 'same-origin' };

const invalidReasons: Record<Exclude<InvitationView['state'], 'pending'>, string> = {
  accepted: 'It has already been used.',
  declined: 'It was declined.',
  revoked: 'The organization withdrew it.',
  expired: 'It has expired. Ask an Admin of the organization to send a new one.',
};

function Invalid({ reason }: { reason: string }) {
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">This invitation is no longer valid</h1>
      <p className="text-sm text-fg-muted">{reason}</p>
      <Link href="/organizations" className="mt-4 inline-block text-sm font-medium text-accent underline">
        Go to Roster
      </Link>
    </>
  );
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = token.length <= 200 ? await findInvitationByToken(await getDb(), token) : null;
  if (!invitation) return <Invalid reason="The link is wrong, or the invitation was replaced by a newer one." />;
  if (invitation.state !== 'pending') return <Invalid reason={invalidReasons[invitation.state]} />;
  if (!invitation.inviterMayGrant) return <VoidInvitation orgName={invitation.orgName} role={invitation.role} />;

  const user = await getCurrentUser();
  // The token comes from the URL: encoded as one path segment, and checked like any redirect target.
  const here = safeRedirect(`/invite/${encodeURIComponent(token)}`);
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Join {invitation.orgName}</h1>
      <p className="mb-4 text-sm text-fg-muted">
        {invitation.inviterName ?? 'An Admin'} invited <strong className="text-fg">{invitation.email}</strong> to join{' '}
        <strong className="text-fg">{invitation.orgName}</strong> as <strong className="text-fg">{ORG_ROLE_LABELS[invitation.role]}</strong>
        .
      </p>
      <p className="mb-4 text-xs text-fg-muted">
        {ORG_ROLE_DESCRIPTIONS[invitation.role]} Expires {formatDateTime(invitation.expiresAt)}.
      </p>
      {!user ? (
        <>
          <h2 className="mb-3 text-sm font-semibold">Create your account to accept</h2>
          <SignUpForm callbackUrl="/organizations" lockedEmail={invitation.email} inviteToken={token} />
          <p className="mt-4 text-sm text-fg-muted">
            Already have an account?{' '}
            <Link
              className="font-medium text-accent underline"
              href={`/sign-in?callbackUrl=${encodeURIComponent(here)}&email=${encodeURIComponent(invitation.email)}`}
            >
              Sign in
            </Link>
          </p>
        </>
      ) : user.email === invitation.email ? (
        <InvitationAnswer token={token} />
      ) : (
        <>
          <p role="alert" className="mb-4 rounded-md border border-border bg-bg-subtle px-3 py-2 text-sm">
            You are signed in as {user.email}, but this invitation is for {invitation.email}.
          </p>
          <SwitchAccountButton callbackUrl={here} />
        </>
      )}
    </>
  );
}
