import 'server-only';
import { sql } from 'drizzle-orm';
import { schema } from '@/db';
import type { OrgRole } from '@/lib/permissions';

const inv = schema.invitations;
const m = schema.memberships;
const k = schema.apiTokens;
const c = schema.scimConnections;

/** Who sent an invitation: a person, or an organization's API key. */
export type InvitationSenderRef = { invitedBy: string | null; invitedByKeyId: string | null; invitedByScim: boolean };

/**
 * The sender's role in the invitation's organization now, as a column of a query over `invitations`: the
 * person's membership, the API key's role while the key is live (a revoked or expired key grants nothing),
 * or, for SCIM, an Admin's while the organization's SCIM connection stands.
 */
export const inviterRoleNow = sql<OrgRole | null>`coalesce(
  (select ${m.role} from ${m} where ${m.orgId} = ${inv.orgId} and ${m.userId} = ${inv.invitedBy}),
  (select ${k.role} from ${k} where ${k.id} = ${inv.invitedByKeyId} and ${k.revokedAt} is null
    and (${k.expiresAt} is null or ${k.expiresAt} > now())),
  (select 'admin' from ${c} where ${inv.invitedByScim} and ${c.orgId} = ${inv.orgId}))`;

/** The sender's name as invitations show it, given `name` (the person's, from a join on invited_by). */
export const inviterNameOr = (name: typeof schema.users.name) =>
  sql<string | null>`coalesce(${name}, (select ${k.name} || ' (API key)' from ${k} where ${k.id} = ${inv.invitedByKeyId}),
    case when ${inv.invitedByScim} then 'SCIM provisioning' end)`;
