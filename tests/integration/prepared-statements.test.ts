import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { createUser } from '../factories';

// db/prepared.ts: on PostgreSQL, drizzle's queries run as named statements (one round trip once the
// connection has seen them), long parameter lists stay unnamed, and transactions are covered too.
describe.runIf(Boolean(process.env.DATABASE_URL))('named prepared statements (PostgreSQL)', () => {
  it('prepares queries with a few parameters inside transactions, not those with many', async () => {
    const db = await getDb();
    const user = await createUser();
    const marker = `prepared_probe_${Date.now()}`;
    const prepared = await db.transaction(async (tx) => {
      for (let i = 0; i < 2; i++) {
        await tx
          .select({ id: schema.users.id, probe: sql<string>`${marker}::text` })
          .from(schema.users)
          .where(eq(schema.users.id, user.id));
      }
      const many = Array.from({ length: 40 }, (_, i) => `${marker}-${i}`);
      await tx
        .select({ id: schema.users.id })
        .from(schema.users)
        .where(sql`${schema.users.email} in ${many}`);
      const result = await tx.execute(
        sql`select statement from pg_prepared_statements where statement like ${`%${'$'}%`} and statement like '%users%'`,
      );
      return (result as unknown as Array<{ statement: string }>).map((r) => r.statement);
    });
    const selects = prepared.filter((s) => s.includes('"users"."id"') && s.includes('::text'));
    expect(selects.length).toBeGreaterThanOrEqual(1);
    expect(prepared.some((s) => s.includes('$40'))).toBe(false);
  });
});
