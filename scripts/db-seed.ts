// `npm run db:seed`: migrates, then loads the demo organization into an empty database.
import { migrateDatabase } from '../db/migrate';
import { closeDatabase } from '../db/index';
import { seedDemoIfEmpty } from '../db/seed';

await migrateDatabase();
const seeded = await seedDemoIfEmpty();
await closeDatabase();
console.log(seeded ? `roster: seeded the demo organization "${seeded}"` : 'roster: the database already has users; nothing seeded');
