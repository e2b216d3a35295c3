import { defineConfig } from 'drizzle-kit';

// Only generates SQL from db/schema.ts and db/schema-workspace.ts; migrations are applied by db/migrate.ts on either driver.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./db/schema.ts', './db/schema-workspace.ts'],
  out: './db/migrations',
});
