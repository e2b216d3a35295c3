/**
 * The audit log as CSV rows: one record per event, its sentence as the log says it and its data as JSON
 * for whoever processes the file. Quoting is csv-stringify's; cells a spreadsheet would run as a formula
 * are defused here (OWASP, CSV injection).
 */
import { stringify } from 'csv-stringify/sync';
import type { AuditRow } from '@/db/queries/audit';
import { ACTOR_KIND_LABELS } from './labels';
import { actorOf, auditSentence } from './sentences';

export const AUDIT_CSV_COLUMNS = ['time', 'actor', 'actor kind', 'action', 'sentence', 'target', 'details'] as const;

/** A cell that starts like a formula (= + - @, tab, carriage return) is read as text: a quote goes first. */
export function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

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
  ].map(defuseFormula);
}

/** CSV text for a batch of events, with the header line when it is the first batch. */
export function auditCsvChunk(rows: AuditRow[], withHeader: boolean): string {
  return stringify(rows.map(auditCsvRecord), { header: withHeader, columns: [...AUDIT_CSV_COLUMNS], eof: true });
}
