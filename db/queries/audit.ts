import 'server-only';
import { and, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { schema, type Executor, type Tx } from '@/db';
import type { ActorKind } from '@/db/schema';
import { decodeCursor, encodeCursor } from '@/db/cursor';
import { PAGE_SIZE, type Page } from '@/db/paging';
import { likePattern } from '@/db/text';

/** One line of the audit log, as a command records it. */
export type AuditEntry = { action: string; targetType: string; targetId: string; data?: Record<string, unknown> };

/** Written in the transaction of the change they describe: both commit, or neither. */
export async function insertAuditEvents(
  tx: Tx,
  orgId: string,
  actor: { id: string | null; kind: ActorKind; token?: { id: string; name: string } },
  entries: AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const via = actor.token ? { token: actor.token } : {};
  await tx.insert(schema.auditEvents).values(
    entries.map((entry) => ({
      orgId,
      actorId: actor.id,
      actorKind: actor.kind,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      data: { ...entry.data, ...via },
    })),
  );
}

export type AuditRow = {
  id: string;
  action: string;
  actorKind: ActorKind;
  /** Who acted, while they still have an account. */
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  /** The member the event is about (its data's userId or annotatorId), while they still have an account. */
  subjectName: string | null;
  subjectEmail: string | null;
  /** The team the event is about (its target, or its data's teamId), while it still exists. */
  teamName: string | null;
  /** The app the event names by its internal id (data.appId), while it still exists. */
  appSlug: string | null;
  appName: string | null;
  targetType: string;
  targetId: string;
  data: Record<string, unknown>;
  createdAt: Date;
};

export const AUDIT_ACTIONS = [
  'organization.updated',
  'organization.plan_changed',
  'invitation.created',
  'invitation.resent',
  'invitation.revoked',
  'invitation.accepted',
  'invitation.declined',
  'member.role_changed',
  'member.removed',
  'member.left',
  'member.provisioned',
  'scim.enabled',
  'scim.token_rotated',
  'scim.role_changed',
  'scim.group_role_changed',
  'scim.disabled',
  'team.created',
  'team.renamed',
  'team.default_permission_changed',
  'team.deleted',
  'team.member_added',
  'team.member_removed',
  'team.app_added',
  'team.app_permission_changed',
  'team.app_removed',
  'app.created',
  'app.updated',
  'app.deleted',
  'app.visibility_changed',
  'app.team_access_set',
  'app.team_access_removed',
  'app.transferred_in',
  'app.transferred_out',
  'app.id_changed',
  'cluster.created',
  'cluster.renamed',
  'cluster.deleted',
  'nodepool.created',
  'nodepool.updated',
  'nodepool.deleted',
  'budget.set',
  'concept.created',
  'concept.renamed',
  'concept.deleted',
  'dataset.created',
  'dataset.deleted',
  'dataset.inputs_added',
  'workflow.created',
  'workflow.updated',
  'workflow.deleted',
  'model.created',
  'model.updated',
  'model.deleted',
  'model.trained',
  'model.deployed',
  'model.undeployed',
  'task.created',
  'task.deleted',
  'task.assigned',
  'task.unassigned',
  'annotation.reviewed',
  'api_token.created',
  'api_token.revoked',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: unknown): value is AuditAction {
  return (AUDIT_ACTIONS as readonly unknown[]).includes(value);
}

/**
 * The organization's audit log, newest first, one page by keyset; filtered by action and by a member
 * (matched on the actor's or the subject member's name or email, or the target).
 */
export async function listAuditEvents(
  executor: Executor,
  orgId: string,
  options: { action?: string; member?: string; after?: string; limit?: number },
): Promise<Page<AuditRow>> {
  const e = schema.auditEvents;
  const actor = alias(schema.users, 'actor');
  const subject = alias(schema.users, 'subject');
  const team = schema.teams;
  const app = schema.apps;
  const limit = options.limit ?? PAGE_SIZE;
  const conditions: SQL[] = [eq(e.orgId, orgId)];
  if (options.action) conditions.push(eq(e.action, options.action));
  if (options.member?.trim()) {
    const pattern = likePattern(options.member);
    conditions.push(
      or(
        ilike(actor.email, pattern),
        ilike(sql`coalesce(${actor.name}, '')`, pattern),
        ilike(e.targetId, pattern),
        ilike(sql`coalesce(${subject.email}, '')`, pattern),
        ilike(sql`coalesce(${subject.name}, '')`, pattern),
      )!,
    );
  }
  const cursor = decodeCursor(options.after, { uuidId: true });
  if (cursor) conditions.push(sql`(${e.createdAt}, ${e.id}) < (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)`);
  const rows = await executor
    .select({
      id: e.id,
      action: e.action,
      actorKind: e.actorKind,
      actorId: e.actorId,
      actorName: actor.name,
      actorEmail: actor.email,
      subjectName: subject.name,
      subjectEmail: subject.email,
      teamName: team.name,
      appSlug: app.slug,
      appName: app.name,
      targetType: e.targetType,
      targetId: e.targetId,
      data: e.data,
      createdAt: e.createdAt,
      ts: sql<string>`${e.createdAt}::text`,
    })
    .from(e)
    .leftJoin(actor, eq(actor.id, e.actorId))
    // Names are read now, not copied into the event: a sentence names people and teams as they are called today.
    .leftJoin(subject, eq(subject.id, sql`coalesce(${e.data}->>'userId', ${e.data}->>'annotatorId')`))
    .leftJoin(
      team,
      and(eq(team.orgId, e.orgId), eq(team.id, sql`case when ${e.targetType} = 'team' then ${e.targetId} else ${e.data}->>'teamId' end`)),
    )
    // The CASE guards the cast: only a well-formed id is compared.
    .leftJoin(
      app,
      and(eq(app.orgId, e.orgId), eq(app.id, sql`case when ${e.data}->>'appId' ~ '^[0-9a-f-]{36}$' then (${e.data}->>'appId')::uuid end`)),
    )
    .where(and(...conditions))
    .orderBy(desc(e.createdAt), desc(e.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page.map(({ ts: _ts, ...row }) => ({ ...row, data: row.data as Record<string, unknown> })),
    nextCursor: rows.length > limit && last ? encodeCursor(last.ts, last.id) : null,
  };
}

/** Whether the organization has any event at all: an empty log says so, rather than that no event matches. */
export async function hasAuditEvents(executor: Executor, orgId: string): Promise<boolean> {
  const e = schema.auditEvents;
  const rows = await executor.select({ id: e.id }).from(e).where(eq(e.orgId, orgId)).limit(1);
  return rows.length > 0;
}
