import 'server-only';
import { updateAppRow } from '@/db/queries/apps';
import { authorizeOnApp } from '../authorize';
import type { OrgCommandContext } from '../context';
import { openApp } from './open-app';

/** Renames the app and edits its description and notes. */
export async function updateAppDetails(
  ctx: OrgCommandContext,
  input: { appId: string; name: string; description: string; notes: string },
): Promise<{ id: string }> {
  // Two edits at once run one after the other, so each audits the name it replaced; work inside the app goes on.
  const appCtx = await openApp(ctx, input.appId, 'no key update');
  authorizeOnApp(appCtx, 'app.edit_details');
  const { app } = appCtx;
  await updateAppRow(ctx.tx, ctx.orgId, app.id, { name: input.name, description: input.description, notes: input.notes });
  ctx.audit({
    action: 'app.updated',
    targetType: 'app',
    targetId: app.slug,
    data: { before: { name: app.name }, after: { name: input.name } },
  });
  return { id: app.id };
}
