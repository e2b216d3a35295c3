import 'server-only';
import { sql } from 'drizzle-orm';
import { schema } from '@/db';
import type { OrgRole } from '@/lib/permissions';

const inv = schema.invitations;
const m = schema.memberships;

/** The sender's role in the invitation's organization now, as a column of a query over `invitations`. */
export const inviterRoleNow = sql<OrgRole | null>`(select ${m.role} from ${m} where ${m.orgId} = ${inv.orgId} and ${m.userId} = ${inv.invitedBy})`;
