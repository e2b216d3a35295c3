import 'server-only';
import type { Executor } from '@/db';
import { listMembershipsOfUser } from '@/db/queries/app-transfer';
import { can } from '@/lib/permissions';

/** Organizations a user may move a personal app into: those where their role may create apps. */
export async function transferDestinations(executor: Executor, userId: string): Promise<Array<{ id: string; name: string }>> {
  const memberships = await listMembershipsOfUser(executor, userId);
  return memberships.filter((m) => can(m.role, 'apps.create')).map(({ id, name }) => ({ id, name }));
}
