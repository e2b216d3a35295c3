import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
// Relative, not '@/…': drizzle-kit loads this file without the tsconfig path aliases.
import { ORG_ROLES, TEAM_LEVELS } from '../lib/permissions/roles';
import { PLAN_KEYS, UNCHOSEN_PLAN } from '../lib/billing/plans';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

/** Slug rule shared by organization, team and app IDs (SPEC §2). Kept in SQL too so no path can bypass it. */
export const SLUG_SQL_PATTERN = '^[a-z0-9_-]{2,48}$';

/** `'a','b',…` for a CHECK's `in (…)`, from constants of the code (never input), so the SQL follows them. */
export const sqlList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(','));

/** A team level's index in TEAM_LEVELS (0 = most access); the last level is the `else`, as the CHECK admits no other. */
const TEAM_LEVEL_RANK_SQL = sql.raw(
  `case "permission" ${TEAM_LEVELS.slice(0, -1)
    .map((level, i) => `when '${level}' then ${i}`)
    .join(' ')} else ${TEAM_LEVELS.length - 1} end`,
);

/** Kinds of actor a domain command can act for (domain/context.ts), as recorded in the audit log. */
export const ACTOR_KINDS = ['user', 'api_token', 'api_key', 'scim'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

// ---------------------------------------------------------------- accounts (Auth.js tables)

export const users = pgTable(
  'users',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text('name'),
    // Stored lowercased so uniqueness is case-insensitive; the check keeps every writer honest.
    email: text('email').notNull().unique(),
    emailVerified: timestamp('email_verified_at', { withTimezone: true, mode: 'date' }),
    image: text('image'),
    passwordHash: text('password_hash'),
    createdAt: createdAt(),
  },
  (t) => [check('users_email_lowercase', sql`${t.email} = lower(${t.email})`)],
);

export const accounts = pgTable(
  'accounts',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    provider: text('provider').notNull(),
    providerAccountId: text('provider_account_id').notNull(),
    refresh_token: text('refresh_token'),
    access_token: text('access_token'),
    expires_at: integer('expires_at'),
    token_type: text('token_type'),
    scope: text('scope'),
    id_token: text('id_token'),
    session_state: text('session_state'),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

export const sessions = pgTable('sessions', {
  sessionToken: text('session_token').primaryKey(),
  userId: text('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  expires: timestamp('expires', { withTimezone: true, mode: 'date' }).notNull(),
});

/** Auth.js sign-in-link tokens (it stores them hashed). */
export const verificationTokens = pgTable(
  'verification_tokens',
  {
    identifier: text('identifier').notNull(),
    token: text('token').notNull(),
    expires: timestamp('expires', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/** Email-address verification links sent at sign-up; only the SHA-256 of the token is stored. */
export const emailVerificationTokens = pgTable(
  'email_verification_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('email_verification_tokens_user_idx').on(t.userId)],
);

// ---------------------------------------------------------------- organizations

export const organizations = pgTable(
  'organizations',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    billingEmail: text('billing_email').notNull(),
    /** Pricing plan (lib/billing/plans.ts): seat limit and included usage. */
    plan: text('plan', { enum: PLAN_KEYS }).notNull().default(UNCHOSEN_PLAN),
    /** Whether members may make personal access tokens that never expire (off: every token expires within a year). */
    allowTokensWithoutExpiry: boolean('allow_tokens_without_expiry').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    check('organizations_plan_valid', sql`${t.plan} in (${sqlList(PLAN_KEYS)})`),
    check('organizations_id_format', sql`${t.id} ~ '^[a-z0-9_-]{2,48}$'`),
    check('organizations_name_length', sql`char_length(${t.name}) between 1 and 100`),
    // Addresses are compared and shown lowercased (lib/validations/common.ts emailSchema); the table holds them so.
    check('organizations_billing_email_lowercase', sql`${t.billingEmail} = lower(${t.billingEmail})`),
  ],
);

export const memberships = pgTable(
  'memberships',
  {
    orgId: text('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ORG_ROLES }).notNull(),
    createdAt: createdAt(),
    /**
     * The members list's order, name then email: lower(name, or the email when there is none), a \x01, then
     * the email. Collated "C" in the migration (drizzle-kit does not track collations), so every database
     * orders alike. Written by triggers (migration 0019) on insert and whenever the user's name or email
     * changes: whatever is given here is overwritten.
     */
    sortKey: text('sort_key').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.userId] }),
    index('memberships_user_idx').on(t.userId),
    // Keyset pagination of the members list reads one page of these: all members, or those of one role.
    index('memberships_org_sort_idx').on(t.orgId, t.sortKey, t.userId),
    index('memberships_org_role_sort_idx').on(t.orgId, t.role, t.sortKey, t.userId),
    check('memberships_role_valid', sql`${t.role} in (${sqlList(ORG_ROLES)})`),
  ],
);

/**
 * How many members and pending invitations each organization has, kept exact by statement triggers on
 * memberships and invitations (migration 0009) in the same transaction as the change. The members page
 * reads two integers instead of counting 25,000 rows on every request (SPEC §6: an org of 10,000 renders
 * as fast as one of 10).
 */
export const orgCounts = pgTable(
  'org_counts',
  {
    orgId: text('org_id')
      .primaryKey()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    members: integer('members').notNull().default(0),
    pendingInvitations: integer('pending_invitations').notNull().default(0),
  },
  (t) => [check('org_counts_not_negative', sql`${t.members} >= 0 and ${t.pendingInvitations} >= 0`)],
);

export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: text('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role', { enum: ORG_ROLES }).notNull(),
    // SHA-256 of the 256-bit token in the email link; the raw token is never stored.
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: text('invited_by').references(() => users.id, { onDelete: 'set null' }),
    /**
     * Sent by an organization's API key (invited_by is then null): the key's role, while it is live, is the
     * sender's right to grant. Its foreign key to api_tokens is declared in migration 0023, since a
     * reference here would make this file and schema-accounts.ts import each other.
     */
    invitedByKeyId: uuid('invited_by_key_id'),
    /** Sent by the organization's SCIM connection: it may grant any role while the connection stands. */
    invitedByScim: boolean('invited_by_scim').notNull().default(false),
    status: text('status').notNull().default('pending'),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    lastSentAt: timestamp('last_sent_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** The outbox row of the latest invitation email: its status is the delivery status shown to Admins. */
    lastEmailId: uuid('last_email_id').references(() => emailOutbox.id, { onDelete: 'set null' }),
    respondedBy: text('responded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    respondedAt: timestamp('responded_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    // At most one pending invitation per (organization, email), whatever races happen.
    uniqueIndex('invitations_one_pending_per_email')
      .on(t.orgId, t.email)
      .where(sql`status = 'pending'`),
    index('invitations_org_status_created_idx').on(t.orgId, t.status, t.createdAt, t.id),
    index('invitations_email_status_idx').on(t.email, t.status),
    index('invitations_org_sent_idx').on(t.orgId, t.lastSentAt),
    check('invitations_status_valid', sql`${t.status} in ('pending','accepted','declined','revoked','expired')`),
    check('invitations_email_lowercase', sql`${t.email} = lower(${t.email})`),
    check('invitations_role_valid', sql`${t.role} in (${sqlList(ORG_ROLES)})`),
    // One sender: a person, an organization's API key, SCIM, or (once the sender is gone) no one.
    check('invitations_one_sender', sql`num_nonnulls(${t.invitedBy}, ${t.invitedByKeyId}) + ${t.invitedByScim}::int <= 1`),
  ],
);

// ---------------------------------------------------------------- apps and teams

/**
 * An app is owned by an organization or by a user (personal "Projects"), never both. Its App ID is
 * unique per owner. Tenant tables reference it as (org_id, id), so a team can only ever be granted an
 * app of its own organization.
 */
export const apps = pgTable(
  'apps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: text('org_id').references(() => organizations.id, { onDelete: 'cascade' }),
    ownerUserId: text('owner_user_id').references(() => users.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    notes: text('notes').notNull().default(''),
    visibility: text('visibility').notNull().default('private'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('apps_org_slug_uidx')
      .on(t.orgId, t.slug)
      .where(sql`org_id is not null`),
    uniqueIndex('apps_owner_slug_uidx')
      .on(t.ownerUserId, t.slug)
      .where(sql`owner_user_id is not null`),
    // Target of the (org_id, app_id) foreign keys of tenant tables.
    unique('apps_org_id_unique').on(t.orgId, t.id),
    check('apps_one_owner', sql`(${t.orgId} is null) <> (${t.ownerUserId} is null)`),
    check('apps_slug_format', sql`${t.slug} ~ '^[a-z0-9_-]{2,48}$'`),
    check('apps_name_length', sql`char_length(${t.name}) between 1 and 100`),
    check('apps_visibility_valid', sql`${t.visibility} in ('private','org')`),
  ],
);

export const teams = pgTable(
  'teams',
  {
    orgId: text('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: text('id').notNull(),
    name: text('name').notNull(),
    defaultPermission: text('default_permission', { enum: TEAM_LEVELS }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('teams_org_created_idx').on(t.orgId, t.createdAt, t.id),
    check('teams_id_format', sql`${t.id} ~ '^[a-z0-9_-]{2,48}$'`),
    check('teams_name_length', sql`char_length(${t.name}) between 1 and 100`),
    check('teams_default_permission_valid', sql`${t.defaultPermission} in (${sqlList(TEAM_LEVELS)})`),
  ],
);

/** Only members of the organization can be in its teams: the key references (org_id, user_id) of memberships. */
export const teamMembers = pgTable(
  'team_members',
  {
    orgId: text('org_id').notNull(),
    teamId: text('team_id').notNull(),
    userId: text('user_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.teamId, t.userId] }),
    foreignKey({ columns: [t.orgId, t.teamId], foreignColumns: [teams.orgId, teams.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [memberships.orgId, memberships.userId] }).onDelete('cascade'),
    index('team_members_org_user_idx').on(t.orgId, t.userId),
  ],
);

export const teamApps = pgTable(
  'team_apps',
  {
    orgId: text('org_id').notNull(),
    teamId: text('team_id').notNull(),
    appId: uuid('app_id').notNull(),
    permission: text('permission', { enum: TEAM_LEVELS }).notNull(),
    // The permission's place in TEAM_LEVELS (lib/permissions/roles.ts), kept by PostgreSQL: effective access
    // codes 5,000 grants as numbers, and array_position on the text cost a sixth of its statement.
    level: smallint('level').notNull().generatedAlwaysAs(TEAM_LEVEL_RANK_SQL),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.teamId, t.appId] }),
    foreignKey({ columns: [t.orgId, t.teamId], foreignColumns: [teams.orgId, teams.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.orgId, t.appId], foreignColumns: [apps.orgId, apps.id] }).onDelete('cascade'),
    index('team_apps_org_app_idx').on(t.orgId, t.appId),
    // Covers effective access (a member's teams → their apps and levels) with an index-only scan.
    index('team_apps_org_team_level_idx').on(t.orgId, t.teamId, t.appId, t.level),
    check('team_apps_permission_valid', sql`${t.permission} in (${sqlList(TEAM_LEVELS)})`),
  ],
);

// ---------------------------------------------------------------- compute

export const clusters = pgTable(
  'clusters',
  {
    orgId: text('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    id: text('id').notNull(),
    name: text('name').notNull(),
    region: text('region').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    check('clusters_id_format', sql`${t.id} ~ '^[a-z0-9_-]{2,48}$'`),
    check('clusters_name_length', sql`char_length(${t.name}) between 1 and 100`),
  ],
);

export const nodepools = pgTable(
  'nodepools',
  {
    orgId: text('org_id').notNull(),
    clusterId: text('cluster_id').notNull(),
    id: text('id').notNull(),
    instanceType: text('instance_type').notNull(),
    minNodes: integer('min_nodes').notNull(),
    maxNodes: integer('max_nodes').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.clusterId, t.id] }),
    foreignKey({ columns: [t.orgId, t.clusterId], foreignColumns: [clusters.orgId, clusters.id] }).onDelete('cascade'),
    check('nodepools_id_format', sql`${t.id} ~ '^[a-z0-9_-]{2,48}$'`),
    check('nodepools_node_range', sql`${t.minNodes} >= 0 and ${t.maxNodes} >= ${t.minNodes} and ${t.maxNodes} <= 1000`),
  ],
);

// ---------------------------------------------------------------- messages and history

export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    orgId: text('org_id').references(() => organizations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** Invitation notifications vanish with their invitation (rescinded, answered, or org deleted). */
    invitationId: uuid('invitation_id').references(() => invitations.id, { onDelete: 'cascade' }),
    payload: jsonb('payload').notNull().default({}),
    readAt: timestamp('read_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('notifications_user_created_idx').on(t.userId, t.createdAt),
    index('notifications_user_unread_idx')
      .on(t.userId)
      .where(sql`read_at is null`),
    index('notifications_invitation_idx').on(t.invitationId),
  ],
);

export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    to: text('to_address').notNull(),
    subject: text('subject').notNull(),
    template: text('template').notNull(),
    html: text('html').notNull(),
    text: text('text').notNull(),
    status: text('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    providerId: text('provider_id'),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }),
    /** When the last delivery attempt started (its claim): the retry sweeper's backoff counts from it. */
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    check('email_outbox_status_valid', sql`${t.status} in ('queued','sent','failed')`),
    index('email_outbox_to_created_idx').on(t.to, t.createdAt),
    index('email_outbox_created_idx').on(t.createdAt),
    // The retry sweeper scans only what is not sent yet, oldest first.
    index('email_outbox_unsent_idx')
      .on(t.createdAt)
      .where(sql`status <> 'sent'`),
  ],
);

export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: text('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /** Which door the actor came through: a person in the browser, and later an API token or a SCIM connection. */
    actorKind: text('actor_kind', { enum: ACTOR_KINDS }).notNull().default('user'),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    data: jsonb('data').notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_events_org_created_idx').on(t.orgId, t.createdAt),
    index('audit_events_org_action_idx').on(t.orgId, t.action, t.createdAt),
    check('audit_events_actor_kind_valid', sql`${t.actorKind} in (${sqlList(ACTOR_KINDS)})`),
  ],
);
