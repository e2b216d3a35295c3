import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ORG_ROLES } from '../lib/permissions/roles';
import { organizations, sqlList, users } from './schema';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * One row per signed-in browser. The session cookie (a JWT) carries the row's id; a session whose row is
 * gone, or unused for the cookie's lifetime (30 days), is signed out on its next request, so signing out,
 * revoking and changing the password take effect at once rather than when the cookie expires.
 */
export const userSessions = pgTable(
  'user_sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    userAgent: text('user_agent'),
    ip: text('ip'),
    createdAt: at('created_at').notNull().defaultNow(),
    lastActiveAt: at('last_active_at').notNull().defaultNow(),
  },
  (t) => [index('user_sessions_user_idx').on(t.userId, t.lastActiveAt)],
);

/** Password reset links: single use, 30 minutes, only the SHA-256 of the 256-bit token is stored. */
export const passwordResetTokens = pgTable(
  'password_reset_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    expiresAt: at('expires_at').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('password_reset_tokens_user_idx').on(t.userId)],
);

/**
 * Abuse limits (lib/limits): rate-limiter-flexible's Drizzle store. Each key's points are added by one
 * atomic upsert, so every node shares the count and concurrent requests cannot overshoot it. The table
 * is UNLOGGED (migration 0024): counters need no crash safety, and every API request writes one.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    points: integer('points').notNull(),
    expire: at('expire'),
  },
  (t) => [index('rate_limits_expire_idx').on(t.expire)],
);

export const API_TOKEN_KINDS = ['personal', 'organization'] as const;

/**
 * API tokens (`Authorization: Bearer …`), each for one organization. A personal access token acts as its
 * owner (`user_id`) and dies with the owner's account; an organization API key (`user_id` null) acts with
 * its `role` and outlives whoever created it. Either way its power on each request is `scopes` ∩ what its
 * owner or role may do then. Only the SHA-256 of the secret is stored (lib/api-tokens/format.ts).
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: API_TOKEN_KINDS }).notNull(),
    orgId: text('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    /** The secret's prefix and last four characters, to recognise it in a list. */
    hint: text('hint').notNull(),
    scopes: text('scopes').array().notNull(),
    role: text('role', { enum: ORG_ROLES }),
    expiresAt: at('expires_at'),
    lastUsedAt: at('last_used_at'),
    lastUsedIp: text('last_used_ip'),
    revokedAt: at('revoked_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('api_tokens_user_idx').on(t.userId),
    index('api_tokens_org_idx').on(t.orgId),
    check('api_tokens_kind_valid', sql`${t.kind} in (${sqlList(API_TOKEN_KINDS)})`),
    check('api_tokens_role_valid', sql`${t.role} is null or ${t.role} in (${sqlList(ORG_ROLES)})`),
    // A personal token has an owner and no role of its own; an organization key has a role and no owner.
    check('api_tokens_owner_or_role', sql`(${t.kind} = 'personal') = (${t.userId} is not null and ${t.role} is null)`),
    check('api_tokens_name_length', sql`char_length(${t.name}) between 1 and 100`),
  ],
);

/**
 * Answers to API writes sent with an `Idempotency-Key`, per token, kept 24 hours: a retry with the same
 * key gets the first answer instead of doing the work twice. The row is written in the write's own
 * transaction, so a concurrent retry waits on the key and then reads the committed answer.
 */
export const apiIdempotencyKeys = pgTable(
  'api_idempotency_keys',
  {
    tokenId: uuid('token_id')
      .notNull()
      .references(() => apiTokens.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    /** SHA-256 of method, path and body: the same key with another request is refused. */
    requestHash: text('request_hash').notNull(),
    status: integer('status').notNull(),
    body: jsonb('body'),
    location: text('location'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tokenId, t.key] }), index('api_idempotency_keys_created_idx').on(t.createdAt)],
);
