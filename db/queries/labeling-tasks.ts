import 'server-only';
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { schema, type Executor } from '@/db';
import { levelGrants, ORG_ROLES, roleGrantsOnApp, TEAM_LEVELS } from '@/lib/permissions';
import type { AssignmentStatus, ReviewStatus } from '@/lib/validations/labeling';
import { decodeUuidCursor, isUuid } from '@/db/cursor';
import { PAGE_SIZE, type Page } from '@/db/paging';

const t = schema.labelingTasks;
const ta = schema.taskAssignees;
const m = schema.memberships;
const u = schema.users;

export type StatusCounts = Record<AssignmentStatus, number>;
export type ReviewCounts = Record<ReviewStatus, number>;
export type TaskSummary = {
  id: string;
  name: string;
  datasetName: string;
  concepts: string[];
  assigneeCount: number;
  /** The first few assignees' names, alphabetically; null unless the caller may see them ('tasks.view_member_names'). */
  assigneeNames: string[] | null;
  statusCounts: StatusCounts;
  inputCount: number;
  /** Annotations written on the task, by all assignees. */
  annotatedCount: number;
  /** The caller's own annotations and assignment status (null when not assigned). */
  myAnnotatedCount: number;
  myStatus: AssignmentStatus | null;
  createdAt: Date;
};
export type TaskDetail = {
  id: string;
  name: string;
  instructions: string;
  datasetId: string;
  datasetName: string;
  concepts: Array<{ id: string; name: string }>;
  inputCount: number;
  assigneeCount: number;
  reviewCounts: ReviewCounts;
  myStatus: AssignmentStatus | null;
  /** The caller's own annotations on the task, by review status. */
  myReviewCounts: ReviewCounts;
  createdAt: Date;
};
export type AssigneeAnalytics = {
  userId: string;
  /** null unless the caller may see member names. */
  name: string | null;
  email: string | null;
  status: AssignmentStatus;
  annotated: number;
  approved: number;
  rejected: number;
  pending: number;
};
export type LabelCandidate = { userId: string; name: string | null; email: string };

export const ASSIGNEE_NAMES_SHOWN = 5;
export const ANALYTICS_LIMIT = 500;
export const CANDIDATE_LIMIT = 200;
const PICK_LIMIT = 500;

// Who may label in an app, straight from lib/permissions: the roles that grant 'tasks.work_assigned' on
// every app, and the team levels that grant it on the team's apps.
const LABEL_ROLES = ORG_ROLES.filter((role) => roleGrantsOnApp(role, 'tasks.work_assigned'));
const LABEL_LEVELS = TEAM_LEVELS.filter((level) => levelGrants(level, 'tasks.work_assigned'));

/** SQL: the membership row `memberships` may label in `appId` (role, or a team of theirs granting the app at a labeling level). */
export function canLabelInApp(appId: string): SQL {
  const byRole = LABEL_ROLES.length ? sql`${m.role} in ${LABEL_ROLES}` : sql`false`;
  const byTeam = LABEL_LEVELS.length
    ? sql`exists (select 1 from ${schema.teamMembers} tm
        join ${schema.teamApps} tapp on tapp.org_id = tm.org_id and tapp.team_id = tm.team_id
        where tm.org_id = memberships.org_id and tm.user_id = memberships.user_id
          and tapp.app_id = ${appId} and tapp.permission in ${LABEL_LEVELS})`
    : sql`false`;
  return sql`(${byRole} or ${byTeam})`;
}

const countsOf = (raw: Record<string, unknown> | null | undefined, keys: readonly string[]) =>
  Object.fromEntries(keys.map((k) => [k, Number(raw?.[k] ?? 0)]));

/**
 * One page of the app's tasks, newest first, in one query whatever their number: concepts, assignee
 * counts (and names, when allowed), input and annotation counts are aggregated per task in SQL.
 * `all`: every task ('tasks.manage'); otherwise only the tasks assigned to `userId`.
 */
export async function listTasks(
  executor: Executor,
  orgId: string,
  appId: string,
  options: { userId: string; all: boolean; withNames: boolean; after?: string },
): Promise<Page<TaskSummary>> {
  const conditions: SQL[] = [eq(t.orgId, orgId), eq(t.appId, appId)];
  if (!options.all) {
    conditions.push(
      sql`exists (select 1 from ${ta} mine where mine.org_id = labeling_tasks.org_id and mine.task_id = labeling_tasks.id and mine.user_id = ${options.userId})`,
    );
  }
  const cursor = decodeUuidCursor(options.after);
  if (cursor) {
    conditions.push(
      sql`(labeling_tasks.created_at, labeling_tasks.id) < (select p.created_at, p.id from ${t} p where p.id = ${cursor} and p.app_id = ${appId})`,
    );
  }
  const names = options.withNames
    ? sql<string[] | null>`(select json_agg(s.n) from (
        select coalesce(nu.name, nu.email) as n from ${ta} na join ${u} nu on nu.id = na.user_id
        where na.org_id = labeling_tasks.org_id and na.task_id = labeling_tasks.id
        order by 1, na.user_id limit ${ASSIGNEE_NAMES_SHOWN}) s)`
    : sql<null>`null`;
  const rows = await executor
    .select({
      id: t.id,
      name: t.name,
      createdAt: t.createdAt,
      datasetName: schema.datasets.name,
      concepts: sql<string[]>`coalesce((select json_agg(c.name order by c.name) from ${schema.taskConcepts} tc
        join ${schema.concepts} c on c.org_id = tc.org_id and c.app_id = tc.app_id and c.id = tc.concept_id
        where tc.org_id = labeling_tasks.org_id and tc.task_id = labeling_tasks.id), '[]'::json)`,
      assignees: sql<Record<string, unknown>>`(select json_build_object('count', count(*),
          'not_started', count(*) filter (where a.status = 'not_started'),
          'in_progress', count(*) filter (where a.status = 'in_progress'),
          'completed', count(*) filter (where a.status = 'completed'))
        from ${ta} a where a.org_id = labeling_tasks.org_id and a.task_id = labeling_tasks.id)`,
      assigneeNames: names,
      inputCount: sql<number>`(select count(*)::int from ${schema.inputs} i
        where i.org_id = labeling_tasks.org_id and i.app_id = labeling_tasks.app_id and i.dataset_id = labeling_tasks.dataset_id)`,
      annotatedCount: sql<number>`(select count(*)::int from ${schema.annotations} an where an.org_id = labeling_tasks.org_id and an.task_id = labeling_tasks.id)`,
      myAnnotatedCount: sql<number>`(select count(*)::int from ${schema.annotations} an
        where an.org_id = labeling_tasks.org_id and an.task_id = labeling_tasks.id and an.annotator_id = ${options.userId})`,
      myStatus: sql<AssignmentStatus | null>`(select mine.status from ${ta} mine
        where mine.org_id = labeling_tasks.org_id and mine.task_id = labeling_tasks.id and mine.user_id = ${options.userId})`,
    })
    .from(t)
    .innerJoin(
      schema.datasets,
      and(eq(schema.datasets.orgId, t.orgId), eq(schema.datasets.appId, t.appId), eq(schema.datasets.id, t.datasetId)),
    )
    .where(and(...conditions))
    .orderBy(desc(t.createdAt), desc(t.id))
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE).map(({ assignees, ...row }): TaskSummary => ({
    ...row,
    assigneeCount: Number(assignees?.count ?? 0),
    statusCounts: countsOf(assignees, ['not_started', 'in_progress', 'completed']) as StatusCounts,
    inputCount: Number(row.inputCount),
    annotatedCount: Number(row.annotatedCount),
    myAnnotatedCount: Number(row.myAnnotatedCount),
  }));
  return { rows: page, nextCursor: rows.length > PAGE_SIZE ? (page.at(-1)?.id ?? null) : null };
}

/** One task of the app with its concepts, counts and the caller's own assignment status, in one query. */
export async function findTask(
  executor: Executor,
  orgId: string,
  appId: string,
  taskId: string,
  userId: string,
): Promise<TaskDetail | null> {
  if (!isUuid(taskId)) return null;
  const [row] = await executor
    .select({
      id: t.id,
      name: t.name,
      instructions: t.instructions,
      datasetId: t.datasetId,
      datasetName: schema.datasets.name,
      createdAt: t.createdAt,
      concepts: sql<
        Array<{ id: string; name: string }>
      >`coalesce((select json_agg(json_build_object('id', c.id, 'name', c.name) order by c.name)
        from ${schema.taskConcepts} tc join ${schema.concepts} c on c.org_id = tc.org_id and c.app_id = tc.app_id and c.id = tc.concept_id
        where tc.org_id = labeling_tasks.org_id and tc.task_id = labeling_tasks.id), '[]'::json)`,
      inputCount: sql<number>`(select count(*)::int from ${schema.inputs} i
        where i.org_id = labeling_tasks.org_id and i.app_id = labeling_tasks.app_id and i.dataset_id = labeling_tasks.dataset_id)`,
      assigneeCount: sql<number>`(select count(*)::int from ${ta} a where a.org_id = labeling_tasks.org_id and a.task_id = labeling_tasks.id)`,
      reviewCounts: sql<Record<string, unknown>>`(select json_build_object(
          'pending', count(*) filter (where an.review_status = 'pending'),
          'approved', count(*) filter (where an.review_status = 'approved'),
          'rejected', count(*) filter (where an.review_status = 'rejected'))
        from ${schema.annotations} an where an.org_id = labeling_tasks.org_id and an.task_id = labeling_tasks.id)`,
      myStatus: sql<AssignmentStatus | null>`(select mine.status from ${ta} mine
        where mine.org_id = labeling_tasks.org_id and mine.task_id = labeling_tasks.id and mine.user_id = ${userId})`,
      myReviewCounts: sql<Record<string, unknown>>`(select json_build_object(
          'pending', count(*) filter (where an.review_status = 'pending'),
          'approved', count(*) filter (where an.review_status = 'approved'),
          'rejected', count(*) filter (where an.review_status = 'rejected'))
        from ${schema.annotations} an where an.org_id = labeling_tasks.org_id and an.task_id = labeling_tasks.id and an.annotator_id = ${userId})`,
    })
    .from(t)
    .innerJoin(
      schema.datasets,
      and(eq(schema.datasets.orgId, t.orgId), eq(schema.datasets.appId, t.appId), eq(schema.datasets.id, t.datasetId)),
    )
    .where(and(eq(t.orgId, orgId), eq(t.appId, appId), eq(t.id, taskId)));
  if (!row) return null;
  return {
    ...row,
    inputCount: Number(row.inputCount),
    assigneeCount: Number(row.assigneeCount),
    reviewCounts: countsOf(row.reviewCounts, ['pending', 'approved', 'rejected']) as ReviewCounts,
    myReviewCounts: countsOf(row.myReviewCounts, ['pending', 'approved', 'rejected']) as ReviewCounts,
  };
}

/** Task analytics: per assignee (by email), their status and how many of their annotations are approved, rejected, pending. */
export async function taskAnalytics(
  executor: Executor,
  orgId: string,
  appId: string,
  taskId: string,
  withNames: boolean,
): Promise<AssigneeAnalytics[]> {
  const an = schema.annotations;
  const rows = await executor
    .select({
      userId: ta.userId,
      name: u.name,
      email: u.email,
      status: ta.status,
      annotated: sql<number>`count(${an.id})::int`,
      approved: sql<number>`(count(${an.id}) filter (where ${an.reviewStatus} = 'approved'))::int`,
      rejected: sql<number>`(count(${an.id}) filter (where ${an.reviewStatus} = 'rejected'))::int`,
      pending: sql<number>`(count(${an.id}) filter (where ${an.reviewStatus} = 'pending'))::int`,
    })
    .from(ta)
    .innerJoin(u, eq(u.id, ta.userId))
    .leftJoin(an, and(eq(an.orgId, ta.orgId), eq(an.taskId, ta.taskId), eq(an.annotatorId, ta.userId)))
    .where(and(eq(ta.orgId, orgId), eq(ta.appId, appId), eq(ta.taskId, taskId)))
    .groupBy(ta.userId, u.name, u.email, ta.status)
    .orderBy(asc(u.email))
    .limit(ANALYTICS_LIMIT);
  return rows.map((r) => ({
    ...r,
    name: withNames ? r.name : null,
    email: withNames ? r.email : null,
    status: r.status as AssignmentStatus,
    annotated: Number(r.annotated),
    approved: Number(r.approved),
    rejected: Number(r.rejected),
    pending: Number(r.pending),
  }));
}

/** Members who can label in this app and are not assigned to the task yet, by email (one query). */
export async function listLabelCandidates(
  executor: Executor,
  orgId: string,
  appId: string,
  taskId: string,
): Promise<{ rows: LabelCandidate[]; more: boolean }> {
  const rows = await executor
    .select({ userId: m.userId, name: u.name, email: u.email })
    .from(m)
    .innerJoin(u, eq(u.id, m.userId))
    .where(
      and(
        eq(m.orgId, orgId),
        canLabelInApp(appId),
        sql`not exists (select 1 from ${ta} x where x.org_id = memberships.org_id and x.task_id = ${taskId} and x.user_id = memberships.user_id)`,
      ),
    )
    .orderBy(asc(u.email))
    .limit(CANDIDATE_LIMIT + 1);
  return { rows: rows.slice(0, CANDIDATE_LIMIT), more: rows.length > CANDIDATE_LIMIT };
}

/** The app's datasets and concepts, to choose from when creating a task (two small bounded queries). */
export async function taskFormOptions(executor: Executor, orgId: string, appId: string) {
  const [datasets, concepts] = await Promise.all([
    executor
      .select({ id: schema.datasets.id, name: schema.datasets.name })
      .from(schema.datasets)
      .where(and(eq(schema.datasets.orgId, orgId), eq(schema.datasets.appId, appId)))
      .orderBy(asc(schema.datasets.name))
      .limit(PICK_LIMIT),
    executor
      .select({ id: schema.concepts.id, name: schema.concepts.name })
      .from(schema.concepts)
      .where(and(eq(schema.concepts.orgId, orgId), eq(schema.concepts.appId, appId)))
      .orderBy(asc(schema.concepts.name))
      .limit(PICK_LIMIT),
  ]);
  return { datasets, concepts };
}
