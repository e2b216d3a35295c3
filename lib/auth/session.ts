import 'server-only';
import { cache } from 'react';
import { eq } from 'drizzle-orm';
import { auth } from '@/auth';
import { getDb, schema } from '@/db';

export type CurrentUser = { id: string; name: string | null; email: string; emailVerified: boolean };

/**
 * The signed-in user, read from the database once per request. The token only says who; a deleted
 * account is signed out on its next request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const db = await getDb();
  const [row] = await db
    .select({ id: schema.users.id, name: schema.users.name, email: schema.users.email, verifiedAt: schema.users.emailVerified })
    .from(schema.users)
    .where(eq(schema.users.id, id))
    .limit(1);
  if (!row) return null;
  return { id: row.id, name: row.name, email: row.email, emailVerified: row.verifiedAt !== null };
});
