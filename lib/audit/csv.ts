/**
 * The audit log as CSV rows: one record per event, its sentence as the log says it and its data as JSON
 * for whoever processes the file (lib/csv quotes and defuses them).
 */
import { csvChunk } from '@/lib/csv';
import type { AuditRow } from '@/db/queries/audit';
import { ACTOR_KIND_LABELS } from './labels';
import { actorOf, auditSentence } from './sentences';

export const AUDIT_CSV_COLUMNS = ['time', 'actor', 'actor kind', 'action', 'sentence', 'target', 'details'] as const;

export function auditCsvRecord(row: AuditRow): string[] {
  const actor = row.actorKind === 'user' ? (row.actorName ?? row.actorEmail ?? 'A deleted user') : actorOf(row);
  return [
    row.createdAt.toISOString(),
    row.actorEmail && row.actorName ? `${actor} <${row.actorEmail}>` : actor,
    ACTOR_KIND_LABELS[row.actorKind],
    row.action,
    auditSentence(row),
    `${row.targetType} ${row.targetId}`,
    JSON.stringify(row.data),
  ];
}

/** CSV text for a batch of events, with the header line when it is the first batch. */
export function auditCsvChunk(rows: AuditRow[], withHeader: boolean): string {
  return csvChunk(rows.map(auditCsvRecord), AUDIT_CSV_COLUMNS, withHeader);
}
