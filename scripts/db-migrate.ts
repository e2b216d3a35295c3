// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database while no
// server holds it (the lock refuses otherwise).
import { migrateDatabase } from '../db/migrate';
import { closeDatabase } from '../db/index';

await migrateDatabase();
await closeDatabase();
console.log('roster: migrations applied');
