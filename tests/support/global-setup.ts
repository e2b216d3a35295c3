// On PostgreSQL the schema is migrated once before the workers start; each in-memory PGlite worker
// migrates its own database in setup.ts.
export default async function globalSetup() {
  if (!process.env.DATABASE_URL) return;
  const { migrateDatabase } = await import('../../db/migrate');
  const { closeDatabase } = await import('../../db/index');
  await migrateDatabase();
  await closeDatabase();
}
