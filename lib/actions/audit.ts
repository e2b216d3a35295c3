import 'server-only';
import { schema, type Tx } from '@/db';

import type { AuditEntry } from '@/domain/context';

export type { AuditEntry };

/** Audit events are written in the transaction of the change they describe: both commit, or neither. */
export async function writeAuditEvents(tx: Tx, orgId: string, actorId: string, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(schema.auditEvents).values(
    entries.map((entry) => ({
      orgId,
      actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      data: entry.data ?? {},
    })),
  );
}
