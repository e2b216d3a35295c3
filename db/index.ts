import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import * as coreSchema from './schema';
import * as workspaceSchema from './schema-workspace';
import * as accountSchema from './schema-accounts';
import * as scimSchema from './schema-scim';
import { openEmbedded, type EmbeddedHandle } from './embedded';
import { preparedByDefault } from './prepared';
import { envValue } from '@/lib/env';

/**
 * One database handle for the whole app. `DATABASE_URL` set → PostgreSQL through postgres.js; unset →
 * embedded PGlite in `.data/` (or in memory for tests). The rest of the code sees one type and never
 * knows which driver is underneath: both speak PostgreSQL and drizzle's query API is the same.
 */
export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** A handle or a transaction: query functions accept either so callers can compose them in one transaction. */
export type Executor = Db | Tx;

/** The schema files as one: core tables (accounts, orgs, teams, apps, compute), what lives inside apps, account security, SCIM. */
const schema = { ...coreSchema, ...workspaceSchema, ...accountSchema, ...scimSchema };

type Opened = { db: Db; kind: 'postgres' | 'embedded'; close: () => Promise<void> };

const globalForDb = globalThis as unknown as { __rosterDb?: Promise<Opened>; __rosterDbSync?: Opened; __rosterQueries?: number };

/**
 * Counts SQL statements sent (both drivers), so tests and the benchmark can prove that a page's number
 * of queries does not grow with the number of rows.
 */
const logger = {
  logQuery() {
    globalForDb.__rosterQueries = (globalForDb.__rosterQueries ?? 0) + 1;
  },
};

export function queriesSent(): number {
  return globalForDb.__rosterQueries ?? 0;
}

async function open(): Promise<Opened> {
  const url = envValue('DATABASE_URL');
  if (url) {
    const [{ default: postgres }, { drizzle }] = await Promise.all([import('postgres'), import('drizzle-orm/postgres-js')]);
    const client = postgres(url, {
      max: Number(envValue('DATABASE_POOL_SIZE') ?? 10),
      prepare: envValue('DATABASE_PREPARE') !== '0',
      // Named statements, but every execution planned for its own parameters: a generic plan cannot know
      // that '%member 1234%' is rare, and scanned 25,000 members instead of the trigram index.
      connection: { plan_cache_mode: 'force_custom_plan' },
      onnotice: () => {},
    });
    return { db: drizzle(preparedByDefault(client), { schema, logger }), kind: 'postgres', close: () => client.end({ timeout: 5 }) };
  }
  const handle: EmbeddedHandle = await openEmbedded();
  const { drizzle } = await import('drizzle-orm/pglite');
  // Both drivers implement the same PgDatabase API; the cast only unifies their result-type parameter.
  const db = drizzle(handle.client, { schema, logger }) as unknown as Db;
  return { db, kind: 'embedded', close: handle.close };
}

/** Opens the database on first use (never at import, so `next build` does not touch it). */
export function getDatabase(): Promise<Opened> {
  if (!globalForDb.__rosterDb) {
    globalForDb.__rosterDb = open().then((opened) => {
      globalForDb.__rosterDbSync = opened;
      return opened;
    });
    globalForDb.__rosterDb.catch(() => {
      globalForDb.__rosterDb = undefined;
    });
  }
  return globalForDb.__rosterDb;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

/**
 * After the connection died under a query (server restart, failover, a killed backend), postgres.js can
 * leave that pooled connection unusable: the next query on it may never answer (porsager/postgres#1208).
 * Start a fresh pool for the requests to come and let the old one drain for a few seconds, then close.
 */
export function discardPool(): void {
  const opened = globalForDb.__rosterDbSync;
  if (!opened || opened.kind !== 'postgres') return;
  globalForDb.__rosterDb = undefined;
  globalForDb.__rosterDbSync = undefined;
  opened.close().catch(() => {});
}

export async function closeDatabase(): Promise<void> {
  const pending = globalForDb.__rosterDb;
  globalForDb.__rosterDb = undefined;
  globalForDb.__rosterDbSync = undefined;
  if (pending) await (await pending).close();
}

export { schema };
