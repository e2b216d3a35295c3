import 'server-only';
import { z } from 'zod';
import { findOrgAppById } from '@/db/queries/apps';
import { transferOrgApp } from '@/domain/apps/transfer-org-app';
import { ActionError } from '@/domain/errors';
import { defineOperation } from '@/lib/api/operation';
import { transferOrgAppSchema } from '@/lib/validations/apps';
import { appLocation, appParams, appSchema, toApp } from './apps';

const transferBody = z
  .object({
    organization_id: transferOrgAppSchema.shape.toOrgId.meta({ description: 'The organization the app moves to.' }),
    name: transferOrgAppSchema.shape.newName.meta({ description: 'A new name there; the current one if left out.' }),
    slug: transferOrgAppSchema.shape.newSlug.meta({ description: 'A new App ID there, if its own is taken; the current one if left out.' }),
  })
  .meta({ id: 'TransferApp' });

/** The command's field names, as this body names them, so a refusal points at the field that was sent. */
const BODY_FIELD = { toOrgId: 'organization_id', newName: 'name', newSlug: 'slug' } as Record<string, string>;

async function withBodyFieldNames<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof ActionError) || !error.fieldErrors) throw error;
    const renamed = Object.fromEntries(
      Object.entries(error.fieldErrors).map(([field, messages]) => [BODY_FIELD[field] ?? field, messages]),
    );
    throw new ActionError(error.code, error.message, renamed, error.retryAfterS);
  }
}

export const transferAppRoute = defineOperation({
  kind: 'write',
  method: 'post',
  path: '/orgs/{orgId}/apps/{appId}/transfer',
  operationId: 'transferApp',
  summary: 'Move an app to another organization',
  description:
    'Moves the app, with its models, data and labeling tasks, to another organization, as the app’s settings page does: it leaves this one as if deleted (`app.delete` on the app), and the token’s owner must be allowed to create apps there. Teams’ access does not move. An organization API key cannot move apps: it belongs to one organization. The app keeps its `id`; its URL changes (`Location`).',
  tag: 'Apps',
  params: appParams,
  body: transferBody,
  success: {
    status: 200,
    description: 'The app, in its new organization.',
    schema: appSchema,
    headers: { Location: 'The app’s new URL.' },
  },
  errors: [400],
  idempotent: true,
  handle: async ({ ctx, params, body }) => {
    const moved = await withBodyFieldNames(() =>
      transferOrgApp(ctx, { appId: params.appId, toOrgId: body.organization_id, newName: body.name, newSlug: body.slug }),
    );
    const app = await findOrgAppById(ctx.tx, moved.orgId, params.appId);
    return { body: toApp(app!), headers: { Location: appLocation(moved.orgId, params.appId) } };
  },
});
