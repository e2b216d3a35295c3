import { getDb } from '@/db';
import { isAuditAction, listAuditEvents } from '@/db/queries/audit';
import { auditCsvChunk } from '@/lib/audit/csv';
import { csvResponse } from '@/lib/csv';
import { refuseDownload } from '@/lib/csv/download-access';

type Params = { params: Promise<{ orgId: string }> };

/** Events read per query: the file streams batch by batch, never the whole log in memory. */
const BATCH = 500;

/**
 * The audit log as CSV, with the page's filters (action, member), to whoever may see the log.
 */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const { orgId } = await params;
  const refused = await refuseDownload(orgId, 'audit.view');
  if (refused) return refused;

  const url = new URL(request.url);
  const requested = url.searchParams.get('action');
  const action = isAuditAction(requested) ? requested : undefined;
  const member = url.searchParams.get('member')?.trim().slice(0, 100) || undefined;
  const db = await getDb();
  const date = new Date().toISOString().slice(0, 10);
  return csvResponse(`audit-log-${orgId}-${date}.csv`, async (after, first) => {
    const page = await listAuditEvents(db, orgId, { action, member, after, limit: BATCH });
    return { text: auditCsvChunk(page.rows, first), nextCursor: page.nextCursor };
  });
}
