import path from 'node:path';
import { getDatabase } from './index';
import { envValue } from '@/lib/env';

const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

// Any fixed number: every Roster node that starts at once waits here, so migrations run exactly once.
const MIGRATION_LOCK_KEY = 7_312_003;

/** Applies pending drizzle-kit migrations on whichever driver is open. */
export async function migrateDatabase(): Promise<void> {
  const opened = await getDatabase();
  if (opened.kind === 'embedded') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    // The handle was typed as the postgres.js one in db/index.ts; the PGlite migrator wants its own.
    await migrate(opened.db as never, { migrationsFolder });
    return;
  }
  const [{ migrate }, { drizzle }, { default: postgres }] = await Promise.all([
    import('drizzle-orm/postgres-js/migrator'),
    import('drizzle-orm/postgres-js'),
    import('postgres'),
  ]);
  // Advisory locks belong to a session: one connection (max 1) takes the lock, migrates and unlocks.
  const client = postgres(envValue('DATABASE_URL')!, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migrate(drizzle(client), { migrationsFolder });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}
