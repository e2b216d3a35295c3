'use client';

import { useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';
import { Popover } from 'radix-ui';
import { Bell } from '@/components/ui/icons';
import { toast } from 'sonner';
import { AppLink } from '@/components/ui/app-link';
import { Button, untilHydrated, useHydrated } from '@/components/ui/button';
import { formatDateTime } from '@/components/ui/date';
import { ORG_ROLE_LABELS, isOrgRole } from '@/lib/permissions';
import type { NotificationDto } from '@/db/queries/notifications';
import {
  acceptInvitationAction,
  declineInvitationAction,
  latestNotificationsAction,
  markNotificationsReadAction,
} from '../notifications/actions';

function describe(n: NotificationDto): string {
  const p = n.payload;
  switch (n.kind) {
    case 'invitation':
      return `${p.inviterName ?? 'An Admin'} invited you to join ${p.orgName} as ${isOrgRole(p.role) ? ORG_ROLE_LABELS[p.role] : p.role}.`;
    case 'invitation_answered':
      return `You ${p.answer === 'accepted' ? 'accepted' : 'declined'} the invitation to join ${p.orgName} as ${isOrgRole(p.role) ? ORG_ROLE_LABELS[p.role] : p.role}.`;
    case 'role_changed':
      return `Your role in ${p.orgName} is now ${p.roleLabel}.`;
    case 'member_removed':
      return `You were removed from ${p.orgName}.`;
    case 'team_added':
      return `You were added to the team ${p.teamName}.`;
    case 'team_removed':
      return `You are no longer in the team ${p.teamName}.`;
    case 'task_assigned':
      return `You were assigned the labeling task “${p.taskName}” in ${p.appName}.`;
    default:
      return p.message ?? 'Notification';
  }
}

/**
 * The bell with the unread count (from the page's shell) and, when opened, the latest notifications,
 * loaded then: pages do not carry a list that is rarely looked at. Reopening shows the last list at once
 * and refreshes it.
 */
export function NotificationBar({
  unread,
  open,
  onOpenChange: setOpen,
}: {
  unread: number;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const hydrated = useHydrated();
  const router = useRouter();
  const [items, setItems] = useState<NotificationDto[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);

  function show(result: Awaited<ReturnType<typeof latestNotificationsAction>> | null) {
    setFailed(!result?.ok);
    if (result?.ok) setItems(result.data);
  }
  const load = async () => show(await latestNotificationsAction({}).catch(() => null));
  // Loaded on every opening, by the bell or by the workspace switcher's invitation items.
  useEffect(() => {
    if (!open) return;
    let current = true;
    void latestNotificationsAction({})
      .catch(() => null)
      .then((result) => current && show(result));
    return () => {
      current = false;
    };
  }, [open]);

  async function answer(n: NotificationDto, accept: boolean) {
    if (!n.invitationId) return;
    setBusy(n.id);
    const action = accept ? acceptInvitationAction : declineInvitationAction;
    const result = await action({ invitationId: n.invitationId });
    setBusy(null);
    void load();
    if (!result.ok) {
      toast.error(result.message);
      router.refresh();
      return;
    }
    toast.success(accept ? `You joined ${result.data.orgName}.` : `You declined the invitation to ${result.data.orgName}.`);
    // Accepting leads into the organization: the bar closes. A decline stays open on its "Declined" trace.
    if (accept) {
      setOpen(false);
      router.push(`/orgs/${result.data.orgId}`);
    }
    router.refresh();
  }

  const trigger = (
    <button type="button" aria-label={`Notifications, ${unread} unread`} className="relative rounded-md p-2 hover:bg-bg-subtle">
      <Bell size={16} aria-hidden />
      {unread > 0 ? (
        <span
          aria-hidden
          className="absolute -top-0.5 -right-0.5 min-w-4 rounded-full bg-accent px-1 text-center text-[10px] leading-4 font-semibold text-accent-fg"
        >
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </button>
  );
  if (!hydrated) return untilHydrated(trigger);

  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>{trigger}</Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={6}
          aria-label="Notifications"
          className="z-50 w-[min(22rem,calc(100vw-1rem))] rounded-md border border-border bg-bg text-sm shadow-lg"
        >
          <div className="flex items-center justify-between border-b border-border px-3 py-2">
            <p className="font-medium">Notifications</p>
            {unread > 0 ? (
              <button
                type="button"
                className="text-xs font-medium text-accent hover:underline"
                onClick={async () => {
                  await markNotificationsReadAction({});
                  void load();
                  router.refresh();
                }}
              >
                Mark all as read
              </button>
            ) : null}
          </div>
          {items === null ? (
            <p role="status" className="px-3 py-6 text-center text-fg-muted">
              {failed ? 'Could not load your notifications. Close and open again.' : 'Loading…'}
            </p>
          ) : items.length === 0 ? (
            <p className="px-3 py-6 text-center text-fg-muted">You are all caught up.</p>
          ) : (
            <ul className="max-h-96 overflow-y-auto">
              {items.map((n) => (
                <li
                  key={n.id}
                  aria-label={describe(n)}
                  className={`border-b border-border px-3 py-2 last:border-b-0 ${n.read ? '' : 'bg-accent/5'}`}
                >
                  <p>{describe(n)}</p>
                  {n.kind === 'invitation_answered' ? (
                    <p className="mt-1 text-xs font-medium text-fg-muted">{n.payload.answer === 'accepted' ? 'Accepted' : 'Declined'}</p>
                  ) : null}
                  <p className="text-xs text-fg-muted">{formatDateTime(n.createdAt)}</p>
                  {n.kind === 'task_assigned' && n.payload.href?.startsWith('/orgs/') ? (
                    <AppLink
                      href={n.payload.href}
                      onClick={() => setOpen(false)}
                      className="mt-1 inline-block text-xs font-medium text-accent underline"
                    >
                      Open the task
                    </AppLink>
                  ) : null}
                  {n.kind === 'invitation' && n.invitationId ? (
                    <>
                      {n.invitationVoid ? (
                        <p className="mt-1 text-xs text-danger">
                          No longer valid: the person who sent it can no longer grant this role. Ask an Admin of {n.payload.orgName} to send
                          it again.
                        </p>
                      ) : null}
                      <div className="mt-2 flex gap-2">
                        {n.invitationVoid ? null : (
                          <Button className="h-8" disabled={busy === n.id} onClick={() => answer(n, true)}>
                            Accept
                          </Button>
                        )}
                        <Button className="h-8" variant="secondary" disabled={busy === n.id} onClick={() => answer(n, false)}>
                          Decline
                        </Button>
                      </div>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
