import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ORG_ROLES } from '../lib/permissions/roles';
import { invitations, organizations, sqlList, users } from './schema';

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
