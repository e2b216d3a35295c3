import 'server-only';
import { z } from 'zod';
import type { Executor } from '@/db';
import { PAGE_SIZE, type Page } from '@/db/paging';
import { findOrgAppById, listAppsForMember, listTeamsWithAccess, type AppDto } from '@/db/queries/apps';
import { APP_NOT_FOUND_MESSAGE, grantOf, openApp } from '@/domain/apps/open-app';
import { changeAppVisibility } from '@/domain/apps/change-app-visibility';
import { createOrgApp } from '@/domain/apps/create-org-app';
import { deleteApp } from '@/domain/apps/delete-app';
import { updateAppDetails } from '@/domain/apps/update-app-details';
import { authorizeOnApp, permitsOnApp } from '@/domain/authorize';
import { ActionError } from '@/domain/errors';
import type { TokenCaller } from '@/lib/api/authenticate';
import { defineOperation } from '@/lib/api/operation';
import { APP_VISIBILITIES, appVisibilityOf, type AppGrant } from '@/lib/permissions';
import { changeAppVisibilitySchema, createAppSchema, updateAppDetailsSchema } from '@/lib/validations/apps';
import { orgParams, pageOf, pageQuery, pageReply, teamLevelField, timestamp } from './common';

export const appSchema = z
  .object({
    id: z.uuid().meta({ description: 'The app’s internal id: what the API’s paths take.' }),
    slug: z.string().meta({ description: 'The App ID people see and type (unique in the organization).' }),
    name: z.string(),
    description: z.string(),
    notes: z.string(),
    visibility: z.enum(APP_VISIBILITIES).meta({ description: '`private`: only its roles and teams; `org`: every member may view it.' }),
    created_at: timestamp,
  })
  .meta({ id: 'App', description: 'An app of the organization.' });

const appTeamSchema = z
  .object({
    team_id: z.string(),
    team_name: z.string(),
    level: teamLevelField,
    member_count: z.number().int(),
  })
  .meta({ id: 'AppTeam', description: 'A team with access to the app, and its level.' });

export const appParams = orgParams.extend({ appId: z.uuid().meta({ description: 'The app’s id (`id`, not its App ID).' }) });

/** The lists behind these pages fetch 50 rows at a time; a smaller `limit` shows the first rows of that page. */
const appPageQuery = pageQuery.extend({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(PAGE_SIZE)
    .optional()
    .meta({ description: `Rows per page, 1 to ${PAGE_SIZE} (default ${PAGE_SIZE}).` }),
});

export const toApp = (app: AppDto) => ({
  id: app.id,
  slug: app.slug,
  name: app.name,
  description: app.description,
  notes: app.notes,
  visibility: appVisibilityOf(app.visibility),
  created_at: app.createdAt.toISOString(),
});

export const appLocation = (orgId: string, appId: string) => `/api/v1/orgs/${encodeURIComponent(orgId)}/apps/${appId}`;

/**
 * A page cut to `limit` rows: the lists are keyset by a unique text (App ID, Team ID), so the cursor after
 * the last row shown takes the next request on from there.
 */
function firstRows<T>(page: Page<T>, limit: number | undefined, keyOf: (row: T) => string): Page<T> {
  if (!limit || page.rows.length <= limit) return page;
  const rows = page.rows.slice(0, limit);
  return { rows, nextCursor: keyOf(rows.at(-1)!) };
}

/**
 * The app and the caller's grant on it, as the app pages read them: NOT_FOUND, as if it did not exist,
 * unless its owner may view it and the token holds app.view (domain/apps/open-app.ts, for reads).
 */
async function visibleApp(db: Executor, caller: TokenCaller, appId: string): Promise<{ app: AppDto; grant: AppGrant }> {
  const app = await findOrgAppById(db, caller.orgId, appId);
  const grant = app ? await grantOf(db, caller, app) : null;
  if (!app || !grant || !permitsOnApp({ scopes: caller.scopes }, grant, 'app.view'))
    throw new ActionError('NOT_FOUND', APP_NOT_FOUND_MESSAGE);
  return { app, grant };
}

export const listAppsRoute = defineOperation({
  kind: 'read',
  method: 'get',
  path: '/orgs/{orgId}/apps',
  operationId: 'listApps',
  summary: 'List apps',
  description:
    'The apps the token’s owner sees on the organization’s Apps page, by App ID: every app for a role that views them all, otherwise those their teams grant and those of `org` visibility. Searched by App ID or name.',
  tag: 'Apps',
  scope: 'org.apps.view',
  params: orgParams,
  query: appPageQuery.extend({ q: z.string().max(100).optional().meta({ description: 'Part of an App ID or name.' }) }),
  success: { status: 200, description: 'A page of apps.', schema: pageOf(appSchema, 'AppPage') },
  errors: [400],
  handle: async ({ db, caller, query, url }) => {
    const page = await listAppsForMember(
      db,
      caller.orgId,
      { userId: caller.actor.id, role: caller.role },
      { q: query.q, after: query.cursor },
    );
    return pageReply(
      firstRows(page, query.limit, (app) => app.slug),
      url,
      toApp,
    );
  },
});

export const createAppRoute = defineOperation({
  kind: 'write',
  method: 'post',
  path: '/orgs/{orgId}/apps',
  operationId: 'createApp',
  summary: 'Create an app',
  description: 'Its App ID (`slug`) must be free in the organization. Send `Idempotency-Key` to retry safely.',
  tag: 'Apps',
  params: orgParams,
  body: createAppSchema.pick({ slug: true, name: true }).meta({ id: 'CreateApp' }),
  success: { status: 201, description: 'The new app.', schema: appSchema, headers: { Location: 'The new app’s URL.' } },
  errors: [400],
  idempotent: true,
  handle: async ({ ctx, body }) => {
    const { id } = await createOrgApp(ctx, { slug: body.slug, name: body.name });
    const app = await findOrgAppById(ctx.tx, ctx.orgId, id);
    return { status: 201, body: toApp(app!), headers: { Location: appLocation(ctx.orgId, id) } };
  },
});

export const getAppRoute = defineOperation({
  kind: 'read',
  method: 'get',
  path: '/orgs/{orgId}/apps/{appId}',
  operationId: 'getApp',
  summary: 'Get an app',
  description: 'Only an app the token’s owner may view (and the token holds `app.view`); any other answers 404.',
  tag: 'Apps',
  scope: null,
  params: appParams,
  success: { status: 200, description: 'The app.', schema: appSchema },
  handle: async ({ db, caller, params }) => ({ body: toApp((await visibleApp(db, caller, params.appId)).app) }),
});

const updateAppBody = z
  .object({
    name: updateAppDetailsSchema.shape.name.optional(),
    description: updateAppDetailsSchema.shape.description.optional(),
    notes: updateAppDetailsSchema.shape.notes.optional(),
    visibility: changeAppVisibilitySchema.shape.visibility.optional(),
  })
  .refine(
    (body) => Object.values(body).some((value) => value !== undefined),
    'Send at least one of name, description, notes or visibility.',
  )
  .meta({ id: 'UpdateApp', description: 'The fields to change; those left out keep their value.' });

export const updateAppRoute = defineOperation({
  kind: 'write',
  method: 'patch',
  path: '/orgs/{orgId}/apps/{appId}',
  operationId: 'updateApp',
  summary: 'Update an app',
  description: 'Name, description and notes need `app.edit_details`; visibility needs `app.visibility`. All the changes are made, or none.',
  tag: 'Apps',
  params: appParams,
  body: updateAppBody,
  success: { status: 200, description: 'The app as changed.', schema: appSchema },
  handle: async ({ ctx, params, body }) => {
    // Held as the commands hold it, so the fields left out are merged with values no one changes meanwhile.
    const { app } = await openApp(ctx, params.appId, 'no key update');
    if (body.name !== undefined || body.description !== undefined || body.notes !== undefined) {
      await updateAppDetails(ctx, {
        appId: app.id,
        name: body.name ?? app.name,
        description: body.description ?? app.description,
        notes: body.notes ?? app.notes,
      });
    }
    if (body.visibility !== undefined) await changeAppVisibility(ctx, { appId: app.id, visibility: body.visibility });
    const changed = await findOrgAppById(ctx.tx, ctx.orgId, app.id);
    return { body: toApp(changed!) };
  },
});

export const deleteAppRoute = defineOperation({
  kind: 'write',
  method: 'delete',
  path: '/orgs/{orgId}/apps/{appId}',
  operationId: 'deleteApp',
  summary: 'Delete an app',
  description: 'Deletes the app with its models, data, labeling tasks and every team’s access to it. Needs `app.delete`.',
  tag: 'Apps',
  params: appParams,
  success: { status: 204, description: 'Deleted.' },
  handle: async ({ ctx, params }) => {
    const appCtx = await openApp(ctx, params.appId, 'update');
    // The browser has the App ID typed to confirm; a request naming the app by its id is that confirmation.
    await deleteApp(appCtx, { appId: appCtx.app.id, confirmation: appCtx.app.slug });
    return {};
  },
});

export const listAppTeamsRoute = defineOperation({
  kind: 'read',
  method: 'get',
  path: '/orgs/{orgId}/apps/{appId}/teams',
  operationId: 'listAppTeams',
  summary: 'List the teams with access to an app',
  description:
    'By Team ID, each with its level and member count, as the app’s settings page lists them. Needs `app.collaborators.view` on the app.',
  tag: 'Apps',
  scope: null,
  params: appParams,
  query: appPageQuery,
  success: {
    status: 200,
    description: 'A page of teams, and how many teams have access in all.',
    schema: z
      .object({
        data: z.array(appTeamSchema),
        next_cursor: z.string().nullable(),
        total: z.number().int().meta({ description: 'How many teams have access to the app.' }),
      })
      .meta({ id: 'AppTeamPage' }),
  },
  errors: [400],
  handle: async ({ db, caller, params, query, url }) => {
    const { app, grant } = await visibleApp(db, caller, params.appId);
    authorizeOnApp({ grant, scopes: caller.scopes }, 'app.collaborators.view');
    const page = await listTeamsWithAccess(db, caller.orgId, app.id, { after: query.cursor });
    const reply = pageReply(
      firstRows(page, query.limit, (team) => team.teamId),
      url,
      (team) => ({ team_id: team.teamId, team_name: team.teamName, level: team.permission, member_count: team.memberCount }),
    );
    return { ...reply, body: { ...reply.body, total: page.total } };
  },
});
