'use client';

import { useRef, useState } from 'react';
import { useParams } from 'next/navigation';
import { DropdownMenu } from 'radix-ui';
import { untilHydrated, useHydrated } from '@/components/ui/button';
import { Building2, Check, ChevronsUpDown, Mail, Plus, User } from '@/components/ui/icons';
import { AppLink } from '@/components/ui/app-link';
import { signOutAction } from '@/app/(auth)/actions';
import type { NotificationDto } from '@/db/queries/notifications';
import { latestNotificationsAction } from '../notifications/actions';
import { NotificationBar } from './notification-bar';

type Workspace = { id: string; name: string; canViewMembers: boolean };

const menuContent = 'z-50 min-w-56 rounded-md border border-border bg-bg p-1 text-sm shadow-lg';
const menuItem = 'flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 outline-none data-[highlighted]:bg-bg-subtle';

/** The top bar of every signed-in page; its menus exist once the page is hydrated (untilHydrated). */
export function TopBar({
  user,
  workspaces,
  unread,
}: {
  user: { name: string | null; email: string };
  workspaces: Workspace[];
  unread: number;
}) {
  const hydrated = useHydrated();
  const params = useParams<{ orgId?: string }>();
  const current = workspaces.find((w) => w.id === params.orgId);
  const [bellOpen, setBellOpen] = useState(false);
  // Pending invitations, listed in the switcher: loaded when it opens, like the notification bar's list.
  const [invitations, setInvitations] = useState<NotificationDto[]>([]);
  const toBell = useRef(false);
  async function loadInvitations() {
    const result = await latestNotificationsAction({}).catch(() => null);
    if (result?.ok) setInvitations(result.data.filter((n) => n.kind === 'invitation' && n.invitationId));
  }

  const workspaceTrigger = (
    <button
      type="button"
      aria-label="Switch workspace"
      className="flex max-w-[14rem] min-w-0 items-center gap-2 rounded-md border border-border px-2 py-1 text-sm hover:bg-bg-subtle"
    >
      <span className="truncate">{current ? current.name : 'Personal workspace'}</span>
      <ChevronsUpDown size={14} aria-hidden className="shrink-0 text-fg-muted" />
    </button>
  );
  const accountTrigger = (
    <button
      type="button"
      aria-label="Account menu"
      className="flex h-8 w-8 items-center justify-center rounded-full bg-accent text-xs font-semibold text-accent-fg"
    >
      {(user.name || user.email).slice(0, 1).toUpperCase()}
    </button>
  );

  return (
    <header className="sticky top-0 z-30 flex h-12 items-center gap-3 border-b border-border bg-bg px-3">
      {/* Narrow screens on an organization's pages: its `Menu` button (orgs/[orgId]/_components/org-menu.tsx). */}
      <div id="org-menu-slot" className="contents md:hidden" />
      <AppLink href="/organizations" className="text-sm font-bold tracking-wider text-accent uppercase">
        Roster
      </AppLink>
      {!hydrated ? (
        untilHydrated(workspaceTrigger)
      ) : (
        <DropdownMenu.Root onOpenChange={(next) => next && void loadInvitations()}>
          <DropdownMenu.Trigger asChild>{workspaceTrigger}</DropdownMenu.Trigger>
          <DropdownMenu.Portal>
            <DropdownMenu.Content
              className={menuContent}
              align="start"
              sideOffset={6}
              onCloseAutoFocus={(event) => {
                // An invitation item opens the notification bar, which takes the focus instead.
                if (toBell.current) {
                  event.preventDefault();
                  toBell.current = false;
                  setBellOpen(true);
                }
              }}
            >
              <DropdownMenu.Label className="px-2 py-1 text-xs text-fg-muted">Workspaces</DropdownMenu.Label>
              <DropdownMenu.Item asChild className={menuItem}>
                <AppLink href="/me/apps">
                  <User size={14} aria-hidden /> Personal workspace {current ? null : <Check size={14} aria-hidden className="ml-auto" />}
                </AppLink>
              </DropdownMenu.Item>
              {workspaces.map((w) => (
                <DropdownMenu.Item key={w.id} asChild className={menuItem}>
                  <AppLink href={`/orgs/${w.id}`}>
                    <Building2 size={14} aria-hidden /> {w.name}
                    {w.id === current?.id ? <Check size={14} aria-hidden className="ml-auto" /> : null}
                  </AppLink>
                </DropdownMenu.Item>
              ))}
              {invitations.length > 0 ? (
                <>
                  <DropdownMenu.Separator className="my-1 h-px bg-border" />
                  <DropdownMenu.Label className="px-2 py-1 text-xs text-fg-muted">Pending invitations</DropdownMenu.Label>
                  {invitations.map((n) => (
                    <DropdownMenu.Item key={n.id} className={menuItem} onSelect={() => (toBell.current = true)}>
                      <Mail size={14} aria-hidden /> Invitation to {n.payload.orgName}
                    </DropdownMenu.Item>
                  ))}
                </>
              ) : null}
              <DropdownMenu.Separator className="my-1 h-px bg-border" />
              <DropdownMenu.Item asChild className={menuItem}>
                <AppLink href="/organizations?new=1">
                  <Plus size={14} aria-hidden /> New Organization
                </AppLink>
              </DropdownMenu.Item>
              <DropdownMenu.Item asChild className={menuItem}>
                <AppLink href="/organizations">Manage Organizations</AppLink>
              </DropdownMenu.Item>
            </DropdownMenu.Content>
          </DropdownMenu.Portal>
        </DropdownMenu.Root>
      )}

      <div className="ml-auto flex items-center gap-2">
        <NotificationBar unread={unread} open={bellOpen} onOpenChange={setBellOpen} />

        {!hydrated ? (
          untilHydrated(accountTrigger)
        ) : (
          <DropdownMenu.Root>
            <DropdownMenu.Trigger asChild>{accountTrigger}</DropdownMenu.Trigger>
            <DropdownMenu.Portal>
              <DropdownMenu.Content className={menuContent} align="end" sideOffset={6}>
                <DropdownMenu.Label className="px-2 py-1">
                  <span className="block font-medium">{user.name}</span>
                  <span className="block text-xs text-fg-muted">{user.email}</span>
                </DropdownMenu.Label>
                <DropdownMenu.Separator className="my-1 h-px bg-border" />
                {current?.canViewMembers ? (
                  <DropdownMenu.Item asChild className={menuItem}>
                    <AppLink href={`/orgs/${current.id}/members`}>Members</AppLink>
                  </DropdownMenu.Item>
                ) : null}
                {current ? (
                  <DropdownMenu.Item asChild className={menuItem}>
                    <AppLink href={`/orgs/${current.id}/teams`}>Teams</AppLink>
                  </DropdownMenu.Item>
                ) : null}
                <DropdownMenu.Item asChild className={menuItem}>
                  <AppLink href="/organizations">Manage Organizations</AppLink>
                </DropdownMenu.Item>
                <DropdownMenu.Item asChild className={menuItem}>
                  <AppLink href="/account">Account</AppLink>
                </DropdownMenu.Item>
                <DropdownMenu.Item className={menuItem} onSelect={() => void signOutAction()}>
                  Sign out
                </DropdownMenu.Item>
              </DropdownMenu.Content>
            </DropdownMenu.Portal>
          </DropdownMenu.Root>
        )}
      </div>
    </header>
  );
}
