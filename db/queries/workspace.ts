import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { schema, type Executor } from '@/db';

export type WorkspaceCounts = {
  models: number;
  workflows: number;
  concepts: number;
  datasets: number;
  inputs: number;
  tasks: number;
  assignedTasks: number;
};

/** The app overview's numbers in one query; `assignedTasks` are the ones `userId` is assigned to. */
export async function workspaceCounts(executor: Executor, orgId: string, appId: string, userId: string): Promise<WorkspaceCounts> {
  const count = (table: string, extra = sql``) =>
    sql<number>`(select count(*)::int from ${sql.raw(table)} t where t.org_id = apps.org_id and t.app_id = apps.id ${extra})`;
  const [row] = await executor
    .select({
      models: count('models'),
      workflows: count('workflows'),
      concepts: count('concepts'),
      datasets: count('datasets'),
      inputs: count('inputs'),
      tasks: count('labeling_tasks'),
      assignedTasks: count('task_assignees', sql`and t.user_id = ${userId}`),
    })
    .from(schema.apps)
    .where(and(eq(schema.apps.orgId, orgId), eq(schema.apps.id, appId)));
  return row ?? { models: 0, workflows: 0, concepts: 0, datasets: 0, inputs: 0, tasks: 0, assignedTasks: 0 };
}
