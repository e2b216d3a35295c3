'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { useHydrated } from '@/components/ui/button';
import { buttonClass } from '@/components/ui/button-class';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { thClass } from '@/components/ui/table';
import { useRowDialog } from '@/components/ui/use-row-dialog';
import { ORG_ROLE_LABELS, type OrgRole } from '@/lib/permissions';
import { rescindInvitationAction, resendInvitationAction } from '../actions';

/** One pending invitation as the table needs it: plain strings, dates formatted on the server. */
export type PendingRow = {
  id: string;
  email: string;
  role: OrgRole;
  invitedBy: string | null;
  sent: string;
  expires: string;
  expired: boolean;
  delivery: 'queued' | 'sent' | 'failed' | 'unknown';
  deliveryError: string | null;
  /** Its sender can no longer grant its role (removed, demoted): it cannot be accepted until resent. */
  needsResend?: boolean;
};

const actionClass = buttonClass('secondary');

/**
 * Pending invitations, rendered like the members table (members-table.tsx): compact rows, plain controls
 * disabled until hydrated, one Delete dialog for all rows. `queuedLabel` says where a queued email goes
 * (Resend, or the dev mailbox when no API key is set). Every action re-checks the permission on the server.
 */
export function PendingTable({
  orgId,
  manage,
  queuedLabel,
  rows,
}: {
  orgId: string;
  manage: boolean;
  queuedLabel: string;
  rows: PendingRow[];
}) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [busy, setBusy] = useState<Record<string, boolean>>({});
  const deletion = useRowDialog<PendingRow>();
  const deleting = deletion.row;

  async function resend(invitation: PendingRow) {
    setBusy((b) => ({ ...b, [invitation.id]: true }));
    const result = await resendInvitationAction({ orgId, invitationId: invitation.id }).catch(() => ({
      ok: false as const,
      message: 'Could not reach the server. Try again.',
    }));
    setBusy((b) => ({ ...b, [invitation.id]: false }));
    if (!result.ok) {
      toast.error(result.message);
      return;
    }
    toast.success(`A new invitation was sent to ${invitation.email}; the previous link no longer works.`);
    router.refresh();
  }

  const waiting = hydrated ? undefined : '';
  return (
    <div className="overflow-x-auto rounded-lg border border-border">
      <table className="data-table w-full text-sm">
        <caption className="sr-only">Pending invitations</caption>
        <thead className="sticky top-0 bg-bg-subtle">
          <tr>
            <th scope="col" className={thClass}>
              Email
            </th>
            <th scope="col" className={thClass}>
              Role
            </th>
            <th scope="col" className={`${thClass} hidden lg:table-cell`}>
              Invited by
            </th>
            <th scope="col" className={`${thClass} hidden sm:table-cell`}>
              Sent
            </th>
            <th scope="col" className={thClass}>
              Expires
            </th>
            <th scope="col" className={`${thClass} hidden md:table-cell`}>
              Delivery
            </th>
            {manage ? (
              <th scope="col" className={thClass}>
                <span className="sr-only">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((invitation) => (
            <tr key={invitation.id}>
              <td>
                {invitation.email}
                {invitation.needsResend ? (
                  <span className="block text-xs text-danger">
                    Inviter no longer an Admin — {manage ? 'resend to make it valid' : 'an Admin must resend it to make it valid'}
                  </span>
                ) : null}
              </td>
              <td>{ORG_ROLE_LABELS[invitation.role]}</td>
              <td className="hidden lg:table-cell">{invitation.invitedBy ?? '—'}</td>
              <td className="hidden tabular-nums sm:table-cell">{invitation.sent}</td>
              <td className="tabular-nums">
                {invitation.expired ? (
                  <span className="rounded bg-danger/10 px-1.5 py-0.5 text-xs font-medium text-danger">Expired</span>
                ) : (
                  invitation.expires
                )}
              </td>
              <td className="hidden md:table-cell">
                {invitation.delivery === 'failed' ? (
                  <span className="text-danger" title={invitation.deliveryError ?? undefined}>
                    Failed — retried automatically; Resend sends it now
                  </span>
                ) : invitation.delivery === 'sent' ? (
                  'Sent'
                ) : invitation.delivery === 'queued' ? (
                  queuedLabel
                ) : (
                  '—'
                )}
              </td>
              {manage ? (
                <td>
                  <div className="flex justify-end gap-2">
                    <button
                      type="button"
                      className={actionClass}
                      aria-label={`Resend invitation to ${invitation.email}`}
                      disabled={!hydrated || busy[invitation.id]}
                      data-hydrating={waiting}
                      onClick={() => void resend(invitation)}
                    >
                      {invitation.expired ? 'Re-invite' : 'Resend'}
                    </button>
                    <button
                      type="button"
                      className={actionClass}
                      aria-label={`Delete invitation to ${invitation.email}`}
                      aria-haspopup="dialog"
                      disabled={!hydrated}
                      data-hydrating={waiting}
                      onClick={(event) => deletion.openFor(event, invitation)}
                    >
                      Delete
                    </button>
                  </div>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {manage && deleting ? (
        <ConfirmDialog
          {...deletion.dialogProps}
          title={`Delete the invitation to ${deleting.email}?`}
          description="The link in their email stops working and the notification disappears."
          action={() => rescindInvitationAction({ orgId, invitationId: deleting.id })}
          onDone={() => {
            toast.success(`The invitation to ${deleting.email} was deleted.`);
            router.refresh();
          }}
        />
      ) : null}
    </div>
  );
}
