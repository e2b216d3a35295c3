'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { useHydrated } from '@/components/ui/button';
import { buttonClass } from '@/components/ui/button-class';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable, RowActions } from '@/components/ui/data-table';
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
 * Pending invitations, rendered like the members table (members-table-client.tsx): compact rows, plain controls
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
    <>
      <DataTable
        caption="Pending invitations"
        cards
        rows={rows}
        rowKey={(invitation) => invitation.id}
        columns={[
          {
            header: 'Email',
            cell: (invitation) => (
              <>
                {invitation.email}
                {invitation.needsResend ? (
                  <span className="block text-xs text-danger">
                    Inviter no longer an Admin — {manage ? 'resend to make it valid' : 'an Admin must resend it to make it valid'}
                  </span>
                ) : null}
              </>
            ),
          },
          { header: 'Role', cell: (invitation) => ORG_ROLE_LABELS[invitation.role] },
          { header: 'Invited by', from: 'lg', cell: (invitation) => invitation.invitedBy ?? '—' },
          { header: 'Sent', from: 'sm', numeric: true, cell: (invitation) => invitation.sent },
          {
            header: 'Expires',
            numeric: true,
            cell: (invitation) =>
              invitation.expired ? (
                <span className="rounded bg-danger/10 px-1.5 py-0.5 text-xs font-medium text-danger">Expired</span>
              ) : (
                invitation.expires
              ),
          },
          {
            header: 'Delivery',
            from: 'md',
            cell: (invitation) =>
              invitation.delivery === 'failed' ? (
                <span className="text-danger" title={invitation.deliveryError ?? undefined}>
                  Failed — retried automatically; Resend sends it now
                </span>
              ) : invitation.delivery === 'sent' ? (
                'Sent'
              ) : invitation.delivery === 'queued' ? (
                queuedLabel
              ) : (
                '—'
              ),
          },
          manage && {
            header: 'Actions',
            hideHeader: true,
            cell: (invitation) => (
              <RowActions>
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
              </RowActions>
            ),
          },
        ]}
      />
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
    </>
  );
}
