import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';

// The member search (listMembers) filters with ILIKE '%…%' on the email and on coalesce(name, ''): the
// trigram indexes of migration 0010 must be able to serve both expressions, on PGlite and PostgreSQL.
describe('member search indexes', () => {
  it('serve a substring search of email and name', async () => {
    const db = await getDb();
    const plan = await db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const result = await tx.execute(
        sql`explain select u.id from users u where u.email ilike '%ada lovelace%' or coalesce(u.name, '') ilike '%ada lovelace%'`,
      );
      const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<Record<string, string>>;
      return rows.map((r) => Object.values(r)[0]).join('\n');
    });
    expect(plan).toContain('users_email_trgm_idx');
    expect(plan).toContain('users_name_trgm_idx');
  });
});
