import { MembersTableClient } from './members-table-client';
import type { OrgRole } from '@/lib/permissions';

/** One member as the table shows it: plain strings, dates already formatted on the server. */
export type MemberRow = {
  userId: string;
  name: string | null;
  email: string;
  role: OrgRole;
  joined: string;
  teams: number;
  lastActive: string;
};
/** A row as it crosses to the client. */
export type MemberTuple = [
  userId: string,
  name: string | null,
  email: string,
  role: OrgRole,
  joined: string,
  teams: number,
  lastActive: string,
];

/**
 * The members table, rendered on the server around its client side (members-table-client.tsx). Rows
 * cross to the client as tuples, so a page of fifty does not carry fifty copies of the keys in its
 * payload; the client side turns them back into rows.
 */
export function MembersTable({
  rows,
  ...props
}: {
  orgId: string;
  orgName: string;
  selfId: string;
  manage: boolean;
  roles: OrgRole[];
  rows: MemberRow[];
}) {
  return (
    <MembersTableClient
      {...props}
      rows={rows.map(({ userId, name, email, role, joined, teams, lastActive }): MemberTuple => [
        userId,
        name,
        email,
        role,
        joined,
        teams,
        lastActive,
      ])}
    />
  );
}
