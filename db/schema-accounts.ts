import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './schema';

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
 * atomic upsert, so every node shares the count and concurrent requests cannot overshoot it.
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
