import 'server-only';
import { z } from 'zod';
import { ACTOR_KINDS } from '@/db/schema';
import { AUDIT_ACTIONS, listAuditEvents, type AuditRow } from '@/db/queries/audit';
import { defineOperation } from '@/lib/api/operation';
import { keyNameOf } from '@/lib/audit/sentences';
import { orgParams, pageOf, pageQuery, pageReply, timestamp } from './common';

const auditEventSchema = z
  .object({
    id: z.uuid(),
    action: z.string().meta({ description: 'What happened, such as `member.role_changed` (see the `action` filter for every one).' }),
    actor: z
      .object({
        id: z.string().nullable().meta({
          description: 'The user who acted, or whose token did; null for an organization’s API key, or once the account is deleted.',
        }),
        name: z.string().nullable(),
        email: z.string().nullable(),
        kind: z.enum(ACTOR_KINDS).meta({
          description:
            'How they acted: in the browser (`user`), with a personal API token (`api_token`), as an organization’s API key (`api_key`; `name` is the key’s), or by SCIM (`scim`).',
        }),
      })
      .meta({ id: 'AuditActor' }),
    target: z.object({ type: z.string(), id: z.string() }).meta({ id: 'AuditTarget', description: 'What it was done to.' }),
    data: z.record(z.string(), z.unknown()).meta({ description: 'The details: values before and after, the token used…' }),
    created_at: timestamp,
  })
  .meta({ id: 'AuditEvent', description: 'One event of the audit log.' });

function toEvent(row: AuditRow) {
  return {
    id: row.id,
    action: row.action,
    // An organization's API key is no one's account: it goes by its own name.
    actor: {
      id: row.actorId,
      name: row.actorKind === 'api_key' ? keyNameOf(row.data) : row.actorName,
      email: row.actorEmail,
      kind: row.actorKind,
    },
    target: { type: row.targetType, id: row.targetId },
    data: row.data,
    created_at: row.createdAt.toISOString(),
  };
}

export const listAuditEventsRoute = defineOperation({
  kind: 'read',
  method: 'get',
  path: '/orgs/{orgId}/audit-log',
  operationId: 'listAuditEvents',
  summary: 'List audit events',
  description:
    'The organization’s audit log, newest first, filtered as on its page: by action, and by a member (the name or email of whoever acted or was acted on, or the target’s id).',
  tag: 'Audit log',
  scope: 'audit.view',
  params: orgParams,
  query: pageQuery.extend({
    action: z.enum(AUDIT_ACTIONS).optional().meta({ description: 'Only events of this action.' }),
    member: z.string().max(100).optional().meta({ description: 'Part of a name, an email address or a target’s id.' }),
  }),
  success: { status: 200, description: 'A page of events.', schema: pageOf(auditEventSchema, 'AuditEventPage') },
  errors: [400],
  handle: async ({ db, caller, query, url }) => {
    const page = await listAuditEvents(db, caller.orgId, {
      action: query.action,
      member: query.member?.trim() || undefined,
      after: query.cursor,
      limit: query.limit,
    });
    return pageReply(page, url, toEvent);
  },
});
