'use client';

import { useMemo, useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { useHydrated } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { thClass } from '@/components/ui/table';
import { useRowDialog } from '@/components/ui/use-row-dialog';
import { useFollow } from '@/components/ui/use-follow';
import { ORG_ROLE_LABELS, type OrgRole } from '@/lib/permissions';
import { changeMemberRoleAction, removeMemberAction } from '../actions';

/** One member as the table needs it: plain strings, the date already formatted on the server. */
export type MemberRow = { userId: string; name: string | null; email: string; role: OrgRole; joined: string };
/** A row as the page sends it: [userId, name, email, role, joined], without fifty copies of the keys in the payload. */
export type MemberTuple = [userId: string, name: string | null, email: string, role: OrgRole, joined: string];

/**
 * The members table: one client component rendering compact rows, with the state of every row's controls
 * and one Remove dialog held here. `npm run bench` found the members page's cost in rendering, not in SQL:
 * a server-rendered table with a client select and a dialog of its own in each row sent each row's
 * markup twice (HTML and RSC payload), and per-row components cost more than the rows' elements. So rows
 * are plain elements, without classes (globals.css styles them through .data-table: most of the cost
 * left is writing the HTML's bytes); the role select renders only the current role until the page is
 * hydrated (300 options otherwise), and controls stay disabled until then, as every Button does.
 * `manage` only decides what is shown: every action re-checks the permission on the server.
 */
export function MembersTable({
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
  // Roles just chosen, shown until the server's refreshed rows arrive (then the rows say the truth).
  const [chosen, setChosen] = useState<Record<string, OrgRole>>({});
  const [rowsShown, setRowsShown] = useState(tuples);
  if (tuples !== rowsShown) {
    setRowsShown(tuples);
    setChosen({});
  }
  const [busy, setBusy] = useState<Record<string, boolean>>({});
  const removal = useRowDialog<MemberRow>();
  const removing = removal.row;

  async function changeRole(member: MemberRow, role: OrgRole) {
    setChosen((c) => ({ ...c, [member.userId]: role }));
    setBusy((b) => ({ ...b, [member.userId]: true }));
    const result = await changeMemberRoleAction({ orgId, userId: member.userId, role }).catch(() => ({
      ok: false as const,
      message: 'Could not reach the server. Try again.',
    }));
    setBusy((b) => ({ ...b, [member.userId]: false }));
    if (!result.ok) {
      setChosen(({ [member.userId]: _refused, ...rest }) => rest);
      toast.error(result.message);
      return;
    }
    toast.success(`${member.email} is now ${ORG_ROLE_LABELS[role]}.`);
    router.refresh();
  }

  const follow = useFollow();

  return (
    <div className="overflow-x-auto rounded-lg border border-border">
      <table className="data-table w-full text-sm">
        <caption className="sr-only">Organization members</caption>
        <thead className="sticky top-0 bg-bg-subtle">
          <tr>
            <th scope="col" className={thClass}>
              Member
            </th>
            <th scope="col" className={thClass}>
              Role
            </th>
            <th scope="col" className={`${thClass} hidden sm:table-cell`}>
              Joined
            </th>
            {manage ? (
              <th scope="col" className={thClass}>
                <span className="sr-only">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((member) => {
            const role = chosen[member.userId] ?? member.role;
            const options = !hydrated ? [role] : roles.includes(role) ? roles : [role, ...roles];
            return (
              <tr key={member.userId}>
                <td>
                  <a href={`/orgs/${orgId}/members/${member.userId}`} onClick={follow}>
                    {member.name || member.email}
                  </a>
                  {member.name ? <div>{member.email}</div> : null}
                </td>
                <td>
                  {manage ? (
                    <select
                      aria-label={`Role for ${member.email}`}
                      value={role}
                      disabled={!hydrated || busy[member.userId]}
                      data-hydrating={hydrated ? undefined : ''}
                      onChange={(event) => void changeRole(member, event.target.value as OrgRole)}
                    >
                      {options.map((r) => (
                        <option key={r} value={r}>
                          {ORG_ROLE_LABELS[r]}
                        </option>
                      ))}
                    </select>
                  ) : (
                    ORG_ROLE_LABELS[member.role]
                  )}
                </td>
                <td className="when">{member.joined}</td>
                {manage ? (
                  <td>
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
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
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
    </div>
  );
}
