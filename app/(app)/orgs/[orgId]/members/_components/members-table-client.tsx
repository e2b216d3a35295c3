'use client';

import { useMemo, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { useHydrated } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable } from '@/components/ui/data-table';
import { useRowDialog } from '@/components/ui/use-row-dialog';
import { useFollow } from '@/components/ui/use-follow';
import { ORG_ROLE_LABELS, type OrgRole } from '@/lib/permissions';
import { removeMemberAction } from '../actions';
import { RoleChangeDialog, type RoleChange } from './role-change-dialog';

import type { MemberRow, MemberTuple } from './members-table';

/**
 * The members table's client side: one client component rendering compact rows, with the state of every
 * row's controls and one Remove dialog held here. `npm run bench` found the members page's cost in
 * rendering, not in SQL: a server-rendered table with a client select and a dialog of its own in each row
 * sent each row's markup twice (HTML and RSC payload), and per-row components cost more than the rows'
 * elements. So rows are plain elements without classes (DataTable, styled by globals.css: most of the
 * cost left is writing the HTML's bytes); the role select renders only the current role until the page
 * is hydrated (300 options otherwise), and controls stay disabled until then, as every Button does.
 * `manage` only decides what is shown: every action re-checks the permission on the server.
 */
export function MembersTableClient({
  orgId,
  orgName,
  manage,
  roles,
  rows: tuples,
}: {
  orgId: string;
  orgName: string;
  manage: boolean;
  roles: OrgRole[];
  rows: MemberTuple[];
}) {
  const rows = useMemo(
    () => tuples.map(([userId, name, email, role, joined]): MemberRow => ({ userId, name, email, role, joined })),
    [tuples],
  );
  const router = useRouter();
  const hydrated = useHydrated();
  // Roles just confirmed, shown until the server's refreshed rows arrive (then the rows say the truth).
  const [chosen, setChosen] = useState<Record<string, OrgRole>>({});
  const [rowsShown, setRowsShown] = useState(tuples);
  if (tuples !== rowsShown) {
    setRowsShown(tuples);
    setChosen({});
  }
  const removal = useRowDialog<MemberRow>();
  const removing = removal.row;
  // A role picked in a row's select waits here, previewed, until Confirm (role-change-dialog.tsx).
  const [pending, setPending] = useState<RoleChange | null>(null);
  const picker = useRef<HTMLElement | null>(null);

  const follow = useFollow();

  return (
    <>
      <DataTable
        caption="Organization members"
        rows={rows}
        rowKey={(member) => member.userId}
        columns={[
          {
            header: 'Member',
            cell: (member) => (
              <>
                <a href={`/orgs/${orgId}/members/${member.userId}`} onClick={follow}>
                  {member.name || member.email}
                </a>
                {member.name ? <div>{member.email}</div> : null}
              </>
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
                  data-hydrating={hydrated ? undefined : ''}
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
          { header: 'Joined', from: 'sm', numeric: true, cell: (member) => member.joined },
          manage && {
            header: 'Actions',
            hideHeader: true,
            cell: (member) => (
              <button
                type="button"
                aria-label={`Remove ${member.email}`}
                aria-haspopup="dialog"
                disabled={!hydrated}
                data-hydrating={hydrated ? undefined : ''}
                onClick={(event) => removal.openFor(event, member)}
              >
                Remove
              </button>
            ),
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
    </>
  );
}
