'use client';

import { useRef, useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { thClass } from '@/components/ui/table';
import { ORG_ROLE_LABELS, type OrgRole } from '@/lib/permissions';
import { removeMemberAction } from '../actions';
import { MemberRoleSelect } from './member-controls';

/** One member as the table needs it: plain strings, the date already formatted on the server. */
export type MemberRow = { userId: string; name: string | null; email: string; role: OrgRole; joined: string };

const td = 'px-4 py-3 align-middle';

/**
 * The members table, rendered from compact rows with one Remove dialog for all of them. `npm run bench`
 * found the page's cost in rendering, not in SQL: a server-rendered table with a client select and a
 * dialog of its own in each row sent every row's markup twice (HTML and RSC payload). `manage` only
 * decides what is shown: every action re-checks the permission on the server.
 */
export function MembersTable({ orgId, orgName, manage, roles, rows }: { orgId: string; orgName: string; manage: boolean; roles: OrgRole[]; rows: MemberRow[] }) {
  const router = useRouter();
  const [removing, setRemoving] = useState<MemberRow | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  return (
    <div className="overflow-x-auto rounded-lg border border-border">
      <table className="w-full text-sm">
        <caption className="sr-only">Organization members</caption>
        <thead className="sticky top-0 bg-bg-subtle">
          <tr>
            <th scope="col" className={thClass}>Name</th>
            <th scope="col" className={`${thClass} hidden md:table-cell`}>Email</th>
            <th scope="col" className={thClass}>Role</th>
            <th scope="col" className={`${thClass} hidden sm:table-cell`}>Joined</th>
            {manage ? <th scope="col" className={thClass}><span className="sr-only">Actions</span></th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((member) => (
            <tr key={member.userId} className="border-t border-border">
              <td className={td}>
                {/* No prefetch: fifty links in view would ask the server for fifty member pages. */}
                <Link href={`/orgs/${orgId}/members/${member.userId}`} prefetch={false} className="font-medium hover:underline">{member.name || member.email}</Link>
                <div className="text-xs text-fg-muted md:hidden">{member.email}</div>
              </td>
              <td className={`${td} hidden md:table-cell`}>{member.email}</td>
              <td className={td}>
                {manage ? (
                  <MemberRoleSelect key={`${member.userId}:${member.role}`} orgId={orgId} userId={member.userId} email={member.email} role={member.role} roles={roles} />
                ) : (
                  ORG_ROLE_LABELS[member.role]
                )}
              </td>
              <td className={`${td} hidden tabular-nums sm:table-cell`}>{member.joined}</td>
              {manage ? (
                <td className={`${td} text-right`}>
                  <Button
                    variant="secondary"
                    aria-label={`Remove ${member.email}`}
                    aria-haspopup="dialog"
                    onClick={(event) => {
                      opener.current = event.currentTarget;
                      setRemoving(member);
                    }}
                  >
                    Remove
                  </Button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {manage && removing ? (
        <ConfirmDialog
          open
          onOpenChange={(open) => (open ? null : setRemoving(null))}
          returnFocusTo={() => opener.current}
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
