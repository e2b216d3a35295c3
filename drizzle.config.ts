import { defineConfig } from 'drizzle-kit';

// Only generates SQL from the db/schema*.ts files; migrations are applied by db/migrate.ts on either driver.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./db/schema.ts', './db/schema-workspace.ts', './db/schema-accounts.ts', './db/schema-scim.ts'],
  out: './db/migrations',
});
