import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ORG_ROLES } from '../lib/permissions/roles';
import { invitations, organizations, sqlList, teams, users } from './schema';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * An organization's SCIM connection (at most one): the bearer token its identity provider sends (only its
 * SHA-256 kept), and the role people it provisions are given. Deleting the row turns provisioning off.
 */
export const scimConnections = pgTable(
  'scim_connections',
  {
    orgId: text('org_id')
      .primaryKey()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    /** The token's prefix and last four characters, to recognise it. */
    hint: text('hint').notNull(),
    defaultRole: text('default_role', { enum: ORG_ROLES }).notNull().default('org_user'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
    tokenCreatedAt: at('token_created_at').notNull().defaultNow(),
    lastRequestAt: at('last_request_at'),
  },
  (t) => [check('scim_connections_role_valid', sql`${t.defaultRole} in (${sqlList(ORG_ROLES)})`)],
);

/**
 * The identity provider's view of a person in the organization (a SCIM User): its own id, the IdP's
 * `externalId` and `userName` (an email address), and what it stands for here, a membership (`user_id`)
 * or, for an address that already had an account, the invitation it waits on (`invitation_id`). The
 * unique indexes make a duplicate create lose cleanly, however many race.
 */
export const scimUsers = pgTable(
  'scim_users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: text('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userName: text('user_name').notNull(),
    externalId: text('external_id'),
    givenName: text('given_name'),
    familyName: text('family_name'),
    displayName: text('display_name'),
    active: boolean('active').notNull().default(true),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    invitationId: uuid('invitation_id').references(() => invitations.id, { onDelete: 'set null' }),
    /** SCIM made the account (`user_id`) for this user: reactivated, it becomes a member again without an invitation. */
    createdAccount: boolean('created_account').notNull().default(false),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('scim_users_org_user_name_uidx').on(t.orgId, t.userName),
    uniqueIndex('scim_users_org_external_id_uidx')
      .on(t.orgId, t.externalId)
      .where(sql`external_id is not null`),
    index('scim_users_org_user_idx').on(t.orgId, t.userId),
    check('scim_users_user_name_lowercase', sql`${t.userName} = lower(${t.userName})`),
  ],
);

/**
 * The identity provider's view of a group (a SCIM Group): the team it manages, and the role it maps to
 * when the organization wants its members to have one. A managed team's members are the group's; its
 * membership, name and existence are the identity provider's to change. The group belongs to the
 * connection: turning provisioning off drops it, and the team becomes an ordinary one.
 */
export const scimGroups = pgTable(
  'scim_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: text('org_id')
      .notNull()
      .references(() => scimConnections.orgId, { onDelete: 'cascade' }),
    teamId: text('team_id').notNull(),
    displayName: text('display_name').notNull(),
    externalId: text('external_id'),
    /** Members of this group have this role (the first in ORG_ROLES order when their groups map to several). */
    role: text('role', { enum: ORG_ROLES }),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.orgId, t.teamId], foreignColumns: [teams.orgId, teams.id] }).onDelete('cascade'),
    uniqueIndex('scim_groups_org_team_uidx').on(t.orgId, t.teamId),
    uniqueIndex('scim_groups_org_external_id_uidx')
      .on(t.orgId, t.externalId)
      .where(sql`external_id is not null`),
    index('scim_groups_org_created_idx').on(t.orgId, t.createdAt, t.id),
    check('scim_groups_role_valid', sql`${t.role} is null or ${t.role} in (${sqlList(ORG_ROLES)})`),
  ],
);

/**
 * The group's members as the identity provider lists them: SCIM Users, members or still invited. Those
 * who are members of the organization are in the group's team too.
 */
export const scimGroupMembers = pgTable(
  'scim_group_members',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => scimGroups.id, { onDelete: 'cascade' }),
    scimUserId: uuid('scim_user_id')
      .notNull()
      .references(() => scimUsers.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.scimUserId] }), index('scim_group_members_user_idx').on(t.scimUserId)],
);

/** The organization's latest SCIM requests, for troubleshooting on the provisioning page (the newest few hundred are kept). */
export const scimRequests = pgTable(
  'scim_requests',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    orgId: text('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    at: at('at').notNull().defaultNow(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    status: integer('status').notNull(),
    detail: text('detail'),
  },
  (t) => [index('scim_requests_org_idx').on(t.orgId, t.id)],
);
