import 'server-only';
import { z } from 'zod';
import { listTeamApps, lockTeamAppPermission } from '@/db/queries/team-grants';
import { findTeamApp, lockTeam, type TeamAppGrant } from '@/db/queries/teams';
import { authorize } from '@/domain/authorize';
import type { OrgCommandContext } from '@/domain/context';
import { ActionError, NOT_FOUND_MESSAGE } from '@/domain/errors';
import { changeTeamAppLevel } from '@/domain/teams/change-team-app-level';
import { grantTeamApps } from '@/domain/teams/grant-team-apps';
import { revokeTeamApp } from '@/domain/teams/revoke-team-app';
import { defineOperation } from '@/lib/api/operation';
import { entityTag } from '@/lib/api/run-command';
import type { TeamLevel } from '@/lib/permissions';
import { addTeamAppsSchema } from '@/lib/validations/teams';
import { pageOf, pageReply } from './common';
import { outsidersAsFieldError, pageUpTo, teamLevelField, teamListQuery, teamParams, visibleTeam } from './team-common';

const teamAppSchema = z
  .object({
    app_id: z.uuid().meta({ description: 'The app’s ID (a UUID).' }),
    slug: z.string().meta({ description: 'The app’s App ID, as the browser shows it.' }),
    name: z.string(),
    permission: teamLevelField,
  })
  .meta({ id: 'TeamApp', description: 'An app the team holds, and the level it holds it at.' });

const toTeamApp = (g: TeamAppGrant) => ({ app_id: g.appId, slug: g.slug, name: g.name, permission: g.permission });

const grantParams = teamParams.extend({ appId: z.uuid().meta({ description: 'The app’s ID (a UUID).' }) });

/** What a level change may overwrite: If-Match compares against this. */
const grantTag = (teamId: string, appId: string, permission: TeamLevel) => entityTag({ team: teamId, app: appId, permission });

/** The grant as it is now, in the write's transaction, with its ETag. */
async function grantNow(ctx: OrgCommandContext, teamId: string, appId: string) {
  const grant = await findTeamApp(ctx.tx, ctx.orgId, teamId, appId);
  if (!grant) throw new ActionError('NOT_FOUND', NOT_FOUND_MESSAGE);
  return { body: toTeamApp(grant), headers: { ETag: grantTag(teamId, appId, grant.permission) } };
}

export const listTeamAppsRoute = defineOperation({
  kind: 'read',
  method: 'get',
  path: '/orgs/{orgId}/teams/{teamId}/apps',
  operationId: 'listTeamApps',
  summary: "List a team's apps",
  description: 'By App ID, searched by App ID or name, each with the level the team holds it at.',
  tag: 'Teams',
  scope: 'teams.view_own',
  params: teamParams,
  query: teamListQuery('an App ID or name'),
  success: { status: 200, description: 'A page of the team’s apps.', schema: pageOf(teamAppSchema, 'TeamAppPage') },
  errors: [400],
  handle: async ({ db, params, query, caller, url }) => {
    // Both at once, as the team page: whether the caller may see the team, and the page (shown only if so).
    const read = (after: string | undefined) => listTeamApps(db, params.orgId, params.teamId, { q: query.q, after });
    const [, page] = await Promise.all([
      visibleTeam(db, caller, params.orgId, params.teamId),
      pageUpTo(query.limit, query.cursor, read, (g) => g.slug),
    ]);
    return pageReply(page, url, toTeamApp);
  },
});

export const grantTeamAppsRoute = defineOperation({
  kind: 'write',
  method: 'post',
  path: '/orgs/{orgId}/teams/{teamId}/apps',
  operationId: 'grantTeamApps',
  summary: 'Grant apps to a team',
  description:
    'Only apps of the organization: any other ID refuses the whole request (422 on `app_ids`). Apps the team already holds keep their level.',
  tag: 'Teams',
  params: teamParams,
  body: z.object({ app_ids: addTeamAppsSchema.shape.appIds, permission: teamLevelField }).meta({ id: 'GrantTeamApps' }),
  success: {
    status: 200,
    description: 'How many were granted (those the team already held are not counted).',
    schema: z.object({ added: z.number().int() }).meta({ id: 'TeamAppsGranted' }),
  },
  errors: [400],
  idempotent: true,
  handle: async ({ ctx, params, body }) => {
    const input = { teamId: params.teamId, appIds: body.app_ids, permission: body.permission };
    const { added } = await outsidersAsFieldError('app_ids', () => grantTeamApps(ctx, input));
    return { body: { added } };
  },
});

export const getTeamAppRoute = defineOperation({
  kind: 'read',
  method: 'get',
  path: '/orgs/{orgId}/teams/{teamId}/apps/{appId}',
  operationId: 'getTeamApp',
  summary: "Get a team's grant of an app",
  description: 'The ETag it answers with is what `If-Match` takes when changing the level.',
  tag: 'Teams',
  scope: 'teams.view_own',
  params: grantParams,
  success: { status: 200, description: 'The grant.', schema: teamAppSchema, headers: { ETag: 'The grant’s level, as an entity tag.' } },
  handle: async ({ db, params, caller }) => {
    const [, grant] = await Promise.all([
      visibleTeam(db, caller, params.orgId, params.teamId),
      findTeamApp(db, params.orgId, params.teamId, params.appId),
    ]);
    if (!grant) throw new ActionError('NOT_FOUND', NOT_FOUND_MESSAGE);
    return { body: toTeamApp(grant), headers: { ETag: grantTag(params.teamId, params.appId, grant.permission) } };
  },
});

export const changeTeamAppPermissionRoute = defineOperation({
  kind: 'write',
  method: 'patch',
  path: '/orgs/{orgId}/teams/{teamId}/apps/{appId}',
  operationId: 'changeTeamAppPermission',
  summary: 'Change the level a team holds an app at',
  description: 'Send `If-Match` with the ETag you read to refuse (412) if someone changed it meanwhile.',
  tag: 'Teams',
  params: grantParams,
  body: z.object({ permission: teamLevelField }).meta({ id: 'ChangeTeamAppPermission' }),
  success: { status: 200, description: 'The grant at its new level.', schema: teamAppSchema, headers: { ETag: 'The new entity tag.' } },
  errors: [412],
  etag: async ({ ctx, params }) => {
    // Refused before comparing, or a 412 would tell a token that may not manage teams the grant's level.
    authorize(ctx, 'teams.manage');
    // The team first, then its grant: the order the command locks them in, so neither waits on the other.
    if (!(await lockTeam(ctx.tx, ctx.orgId, params.teamId))) return null;
    const level = await lockTeamAppPermission(ctx.tx, ctx.orgId, params.teamId, params.appId);
    return level && grantTag(params.teamId, params.appId, level);
  },
  handle: async ({ ctx, params, body }) => {
    await changeTeamAppLevel(ctx, { teamId: params.teamId, appId: params.appId, permission: body.permission });
    return grantNow(ctx, params.teamId, params.appId);
  },
});

export const revokeTeamAppRoute = defineOperation({
  kind: 'write',
  method: 'delete',
  path: '/orgs/{orgId}/teams/{teamId}/apps/{appId}',
  operationId: 'revokeTeamApp',
  summary: "Revoke a team's grant of an app",
  description: 'Its members keep whatever their role or other teams give them on the app.',
  tag: 'Teams',
  params: grantParams,
  success: { status: 204, description: 'Revoked.' },
  handle: async ({ ctx, params }) => {
    await revokeTeamApp(ctx, { teamId: params.teamId, appId: params.appId });
    return {};
  },
});
