import Link from 'next/link';
import { ORG_ROLE_LABELS, type OrgRole } from '@/lib/permissions';

/**
 * An invitation whose sender can no longer grant its role (removed, demoted, account deleted): it cannot
 * be accepted, and no sign-up form is offered from it. An Admin's resend makes it valid again.
 */
export function VoidInvitation({ orgName, role }: { orgName: string; role: OrgRole }) {
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">This invitation is no longer valid</h1>
      <p className="text-sm text-fg-muted">
        It would have made you {ORG_ROLE_LABELS[role]} of <strong className="text-fg">{orgName}</strong>, but the person who sent it can no
        longer grant this role.
      </p>
      <p className="mt-2 text-sm text-fg-muted">Ask an Admin of {orgName} to send it again; the new email will have a link that works.</p>
      <Link href="/organizations" className="mt-4 inline-block text-sm font-medium text-accent underline">
        Go to Roster
      </Link>
    </>
  );
}
