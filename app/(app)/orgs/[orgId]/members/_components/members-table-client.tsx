'use client';

import { useMemo, useRef, useState, type MouseEvent } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { useHydrated } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable } from '@/components/ui/data-table';
import { useRowDialog } from '@/components/ui/use-row-dialog';
import { useFollow } from '@/components/ui/use-follow';
import { ORG_ROLE_LABELS, type OrgRole } from '@/lib/permissions';
import { leaveOrganizationAction } from '@/app/(app)/organizations/actions';
import { removeMemberAction } from '../actions';
import { RoleChangeDialog, type RoleChange } from './role-change-dialog';
import { SelectionBar } from './selection-bar';

import type { MemberRow, MemberTuple } from './members-table';

/** Up to two letters for the avatar: the first of the name's first and last words, else of the address. */
function initials(member: MemberRow): string {
  const words = (member.name ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return member.email.slice(0, 1);
  return words.length === 1 ? words[0]!.slice(0, 1) : `${words[0]!.slice(0, 1)}${words.at(-1)!.slice(0, 1)}`;
}

/**
 * The members table's client side: one client component rendering compact rows, with the state of every
 * row's controls, the selection and one dialog of each kind held here. `npm run bench` found the members
 * page's cost in rendering, not in SQL: rows are plain elements without classes (DataTable, styled by
 * globals.css: most of the cost left is writing the HTML's bytes); the role select renders only the
 * current role until the page is hydrated, and controls stay disabled until then, as every Button does.
 * `manage` only decides what is shown: every action re-checks the permission on the server.
 */
export function MembersTableClient({
  orgId,
  orgName,
  selfId,
  manage,
  roles,
  rows: tuples,
}: {
  orgId: string;
  orgName: string;
  selfId: string;
  manage: boolean;
  roles: OrgRole[];
  rows: MemberTuple[];
}) {
  const rows = useMemo(
    () =>
      tuples.map(([userId, name, email, role, joined, teams, lastActive]): MemberRow => ({
        userId,
        name,
        email,
        role,
        joined,
        teams,
        lastActive,
      })),
    [tuples],
  );
  const router = useRouter();
  const hydrated = useHydrated();
  // Roles just confirmed, shown until the server's refreshed rows arrive (then the rows say the truth).
  const [chosen, setChosen] = useState<Record<string, OrgRole>>({});
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [rowsShown, setRowsShown] = useState(tuples);
  if (tuples !== rowsShown) {
    setRowsShown(tuples);
    setChosen({});
    setSelected(new Set());
  }
  const removal = useRowDialog<MemberRow>();
  const removing = removal.row;
  const leaving = useRowDialog<MemberRow>();
  // A role picked in a row's select waits here, previewed, until Confirm (role-change-dialog.tsx).
  const [pending, setPending] = useState<RoleChange | null>(null);
  const picker = useRef<HTMLElement | null>(null);
  const follow = useFollow();

  const selectable = rows.filter((m) => m.userId !== selfId);
  const toggle = (userId: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(userId);
      else next.delete(userId);
      return next;
    });
  const allSelected = selectable.length > 0 && selectable.every((m) => selected.has(m.userId));
  const hydrating = hydrated ? undefined : '';
  // A row's button opening its dialog: called as a function, not a component (no per-row component cost).
  const rowButton = (text: string, name: string, onClick: (event: MouseEvent<HTMLButtonElement>) => void) => (
    <button type="button" aria-label={name} aria-haspopup="dialog" disabled={!hydrated} data-hydrating={hydrating} onClick={onClick}>
      {text}
    </button>
  );

  return (
    <>
      {manage ? (
        <SelectionBar
          orgId={orgId}
          orgName={orgName}
          roles={roles}
          selected={rows.filter((m) => selected.has(m.userId))}
          onDone={() => {
            setSelected(new Set());
            router.refresh();
          }}
        />
      ) : null}
      <DataTable
        caption="Organization members"
        cards
        rows={rows}
        rowKey={(member) => member.userId}
        columns={[
          manage && {
            header: 'Select',
            headerCell: (
              <input
                type="checkbox"
                aria-label="Select every member on this page"
                checked={allSelected}
                disabled={!hydrated || selectable.length === 0}
                data-hydrating={hydrating}
                onChange={(event) => setSelected(event.target.checked ? new Set(selectable.map((m) => m.userId)) : new Set())}
              />
            ),
            cell: (member) =>
              member.userId === selfId ? null : (
                <input
                  type="checkbox"
                  aria-label={`Select ${member.email}`}
                  checked={selected.has(member.userId)}
                  disabled={!hydrated}
                  data-hydrating={hydrating}
                  onChange={(event) => toggle(member.userId, event.target.checked)}
                />
              ),
          },
          {
            header: 'Member',
            cell: (member) => (
              <div className="member">
                <span aria-hidden="true">{initials(member)}</span>
                <div>
                  <a href={`/orgs/${orgId}/members/${member.userId}`} onClick={follow}>
                    {member.name || member.email}
                  </a>
                  {member.userId === selfId ? <b>You</b> : null}
                  {member.name ? <div>{member.email}</div> : null}
                </div>
              </div>
            ),
          },
          {
            header: 'Role',
            cell: (member) => {
              if (!manage) return ORG_ROLE_LABELS[member.role];
              const role = chosen[member.userId] ?? member.role;
              const options = !hydrated ? [role] : roles.includes(role) ? roles : [role, ...roles];
              return (
                <select
                  aria-label={`Role for ${member.email}`}
                  value={role}
                  disabled={!hydrated}
                  data-hydrating={hydrating}
                  onChange={(event) => {
                    picker.current = event.currentTarget;
                    setPending({ userId: member.userId, email: member.email, from: role, to: event.target.value as OrgRole });
                  }}
                >
                  {options.map((r) => (
                    <option key={r} value={r}>
                      {ORG_ROLE_LABELS[r]}
                    </option>
                  ))}
                </select>
              );
            },
          },
          { header: 'Teams', from: 'md', numeric: true, cell: (member) => member.teams },
          { header: 'Last active', from: 'lg', cell: (member) => member.lastActive },
          { header: 'Joined', from: 'sm', numeric: true, cell: (member) => member.joined },
          {
            header: 'Actions',
            hideHeader: true,
            cell: (member) =>
              member.userId === selfId
                ? rowButton('Leave', `Leave ${orgName}`, (event) => leaving.openFor(event, member))
                : manage
                  ? rowButton('Remove', `Remove ${member.email}`, (event) => removal.openFor(event, member))
                  : null,
          },
        ]}
      />
      {manage && pending ? (
        <RoleChangeDialog
          orgId={orgId}
          change={pending}
          onClose={() => setPending(null)}
          returnFocusTo={() => picker.current}
          onChanged={(change) => {
            setPending(null);
            setChosen((c) => ({ ...c, [change.userId]: change.to }));
            toast.success(`${change.email} is now ${ORG_ROLE_LABELS[change.to]}.`);
            router.refresh();
          }}
        />
      ) : null}
      {manage && removing ? (
        <ConfirmDialog
          {...removal.dialogProps}
          title={`Remove ${removing.email}?`}
          description={`They lose access to ${orgName}, its apps and its teams at once. You can invite them again later.`}
          action={() => removeMemberAction({ orgId, userId: removing.userId })}
          onDone={() => {
            toast.success(`${removing.email} was removed.`);
            router.refresh();
          }}
        />
      ) : null}
      {leaving.row ? (
        <ConfirmDialog
          {...leaving.dialogProps}
          title={`Leave ${orgName}?`}
          description="You lose access to its apps and teams at once. An Admin can invite you again."
          action={() => leaveOrganizationAction({ orgId })}
          onDone={() => {
            toast.success(`You left ${orgName}.`);
            router.push('/organizations');
          }}
        />
      ) : null}
    </>
  );
}
