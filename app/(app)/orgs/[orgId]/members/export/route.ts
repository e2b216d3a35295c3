import { getDb } from '@/db';
import { listMembers, MAX_MEMBER_BATCH, type MemberRow } from '@/db/queries/members';
import { csvChunk, csvResponse } from '@/lib/csv';
import { refuseDownload } from '@/lib/csv/download-access';
import { isOrgRole, ORG_ROLE_LABELS } from '@/lib/permissions';

type Params = { params: Promise<{ orgId: string }> };

const MEMBERS_CSV_COLUMNS = ['name', 'email', 'role', 'teams', 'joined', 'last active'] as const;

function record(member: MemberRow): string[] {
  return [
    member.name ?? '',
    member.email,
    ORG_ROLE_LABELS[member.role],
    String(member.teams),
    member.joinedAt.toISOString(),
    member.lastActiveAt?.toISOString() ?? '',
  ];
}

/**
 * Every member as CSV (all pages, with the page's search and role filter), streamed in keyset batches, to
 * whoever may see the members list.
 */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const { orgId } = await params;
  const refused = await refuseDownload(orgId, 'members.view');
  if (refused) return refused;

  const url = new URL(request.url);
  const q = url.searchParams.get('q')?.trim().slice(0, 100) || undefined;
  const requested = url.searchParams.get('role');
  const role = isOrgRole(requested) ? requested : undefined;
  const db = await getDb();
  const date = new Date().toISOString().slice(0, 10);
  return csvResponse(`members-${orgId}-${date}.csv`, async (after, first) => {
    const page = await listMembers(db, orgId, { q, role, after, limit: MAX_MEMBER_BATCH });
    return { text: csvChunk(page.rows.map(record), MEMBERS_CSV_COLUMNS, first), nextCursor: page.nextCursor };
  });
}
