import { getDb } from '@/db';
import { isUuid } from '@/db/cursor';
import { appGrantFor } from '@/db/queries/apps';
import { findInputImage, type InputScope } from '@/db/queries/input-files';
import { getCurrentUser } from '@/lib/auth/session';
import { appPermissionsOf, canOnApp } from '@/lib/permissions';

type Params = { params: Promise<{ orgId: string; appId: string; inputId: string }> };

const ORG_ID = /^[a-z0-9_-]{2,48}$/;

/**
 * The bytes as an isolated document: the stored type only (nosniff), shown inline, and a policy under
 * which nothing in it could run or load even if it were opened on its own.
 */
const IMAGE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Disposition': 'inline',
  // next.config.ts sets the same for this path (its headers would otherwise replace this one).
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  // Private: the answer depends on who asks. An hour, then revalidated by ETag (the bytes never change).
  'Cache-Control': 'private, max-age=3600',
  Vary: 'Cookie',
};

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

/** What the viewer may see of the app's inputs, as the dataset and labeling pages decide it; null: none. */
function scopeFor(permissions: ReturnType<typeof appPermissionsOf>, userId: string): InputScope | null {
  if (permissions.has('inputs.view_all')) return { kind: 'all' };
  if (!permissions.has('inputs.view_assigned')) return null;
  // As the task page: 'tasks.view' reads every task (a Labeler Lead reviews any), otherwise only one's own.
  if (permissions.has('tasks.view')) return { kind: 'tasks' };
  if (permissions.has('tasks.work_assigned')) return { kind: 'assigned', userId };
  return null;
}

/**
 * An uploaded image input (`?size=thumb` for the list thumbnail). Signed out: 401. Anyone who may not
 * see that input — not a member, no access to the app, a labeler whose tasks do not include it — gets
 * the same 404 as for an input that does not exist.
 */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return plain(401, 'Sign in to continue.');
  const { orgId, appId, inputId } = await params;
  const notFound = plain(404, 'Not found, or you do not have access.');
  if (!ORG_ID.test(orgId) || !isUuid(appId) || !isUuid(inputId)) return notFound;
  const db = await getDb();
  const grant = await appGrantFor(db, orgId, user.id, appId);
  if (!grant || !canOnApp(grant, 'app.view')) return notFound;
  const scope = scopeFor(appPermissionsOf(grant), user.id);
  if (!scope) return notFound;
  const size = new URL(request.url).searchParams.get('size') === 'thumb' ? 'thumb' : 'full';
  const image = await findInputImage(db, orgId, appId, inputId, scope, size);
  if (!image) return notFound;

  const etag = `"${image.sha256.slice(0, 32)}-${size}"`;
  const headers = { ...IMAGE_HEADERS, ETag: etag };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(Buffer.from(image.bytes), {
    headers: { ...headers, 'Content-Type': image.contentType, 'Content-Length': String(image.bytes.byteLength) },
  });
}
