import { getDb } from '@/db';
import { isAuditAction, listAuditEvents } from '@/db/queries/audit';
import { getSignedIn } from '@/lib/auth/access';
import { auditCsvChunk } from '@/lib/audit/csv';
import { can } from '@/lib/permissions';

type Params = { params: Promise<{ orgId: string }> };

/** Events read per query: the file streams batch by batch, never the whole log in memory. */
const BATCH = 500;

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

/**
 * The audit log as CSV, with the page's filters (action, member). The membership and the permission are
 * read from the database for this request, as the page does: a non-member, or a member who may not see
 * the log, gets the same 404 as an organization that does not exist.
 */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const signedIn = await getSignedIn();
  if (!signedIn) return plain(401, 'Sign in to continue.');
  const { orgId } = await params;
  const membership = signedIn.organizations.find((org) => org.id === orgId);
  if (!membership || !can(membership.role, 'audit.view')) return plain(404, 'Not found, or you do not have access.');

  const url = new URL(request.url);
  const requested = url.searchParams.get('action');
  const action = isAuditAction(requested) ? requested : undefined;
  const member = url.searchParams.get('member')?.trim().slice(0, 100) || undefined;
  const db = await getDb();
  const encoder = new TextEncoder();
  let after: string | undefined;
  let first = true;
  const body = new ReadableStream<Uint8Array>({
    // Pulled as the client reads: one keyset batch per pull.
    async pull(controller) {
      const page = await listAuditEvents(db, orgId, { action, member, after, limit: BATCH });
      controller.enqueue(encoder.encode(auditCsvChunk(page.rows, first)));
      first = false;
      if (page.nextCursor) after = page.nextCursor;
      else controller.close();
    },
  });
  const date = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="audit-log-${orgId}-${date}.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
