import 'server-only';
import { z } from 'zod';
import { EFFECTIVE_ACCESS_APP_LIMIT, effectiveAccessForMember, type MemberAppAccess } from '@/db/queries/access';
import { findMember } from '@/db/queries/members';
import { authorize } from '@/domain/authorize';
import { ActionError, NOT_FOUND_MESSAGE } from '@/domain/errors';
import { defineOperation } from '@/lib/api/operation';
import { APP_PERMISSION_KEYS, APP_VISIBILITIES, ORG_PERMISSION_KEYS, orgPermissionsOf, summarizeAppAccess } from '@/lib/permissions';
import { orgParams, teamLevelField, userIdParam } from './common';
import { memberSchema, toMember } from './members';

const grantedPermission = z
  .object({
    permission: z.enum(APP_PERMISSION_KEYS),
    granted_by: z.object({
      role: z.boolean().meta({ description: 'Their organization role grants it on every app.' }),
      visibility: z.boolean().meta({ description: 'The app’s `org` visibility grants it to every member.' }),
      levels: z.array(teamLevelField).meta({ description: 'The levels of their teams (listed in `teams`) that grant it.' }),
    }),
  })
  .meta({ id: 'GrantedAppPermission', description: 'An app permission the member holds, and what grants it.' });

const memberAppAccess = z
  .object({
    id: z.uuid().meta({ description: 'The app’s id.' }),
    slug: z.string().meta({ description: 'Its App ID.' }),
    name: z.string(),
    visibility: z.enum(APP_VISIBILITIES),
    teams: z
      .array(z.object({ team_id: z.string(), team_name: z.string(), level: teamLevelField }))
      .meta({ description: 'The member’s teams that grant the app, by Team ID, each with its level.' }),
    permissions: z.array(grantedPermission).meta({ description: 'Every app permission they hold on it.' }),
  })
  .meta({ id: 'MemberAppAccess', description: 'What the member may do on one app, and why.' });

const memberAccessSchema = memberSchema
  .extend({
    org_permissions: z.array(z.enum(ORG_PERMISSION_KEYS)).meta({ description: 'The organization permissions of their role.' }),
    apps: z.array(memberAppAccess).meta({
      description: `Every app they can reach, by App ID (the first ${EFFECTIVE_ACCESS_APP_LIMIT}, as the member page shows).`,
    }),
  })
  .meta({ id: 'MemberAccess', description: 'A member’s effective access, as their page in the organization shows it.' });

function toAppAccess(access: MemberAppAccess) {
  return {
    id: access.appId,
    slug: access.slug,
    name: access.name,
    visibility: access.grant.visibility,
    teams: access.grant.teams.map((team) => ({ team_id: team.teamId, team_name: team.teamName, level: team.level })),
    permissions: summarizeAppAccess(access.grant)
      .filter((p) => p.allowed)
      .map((p) => ({
        permission: p.permission,
        granted_by: { role: p.role !== null, visibility: p.visibility !== null, levels: p.levels.map((source) => source.level) },
      })),
  };
}

export const getMemberAccessRoute = defineOperation({
  kind: 'read',
  method: 'get',
  path: '/orgs/{orgId}/members/{userId}/access',
  operationId: 'getMemberAccess',
  summary: "Get a member's effective access",
  description:
    'Their role, its organization permissions and, per app, every permission they hold with what grants it (their role, the app’s visibility, their teams’ levels). Your own needs `access.view_own`; another member’s `access.view_any`.',
  tag: 'Access',
  // Which permission depends on whose access it is: checked in the handler, before anything is read.
  scope: null,
  params: orgParams.extend({ userId: userIdParam }),
  success: { status: 200, description: 'Their effective access.', schema: memberAccessSchema },
  handle: async ({ db, caller, params }) => {
    authorize({ role: caller.role, scopes: caller.scopes }, params.userId === caller.actor.id ? 'access.view_own' : 'access.view_any');
    const member = await findMember(db, caller.orgId, params.userId);
    if (!member) throw new ActionError('NOT_FOUND', NOT_FOUND_MESSAGE);
    const apps = await effectiveAccessForMember(db, caller.orgId, member.userId, member.role);
    return {
      body: {
        ...toMember(member),
        org_permissions: orgPermissionsOf(member.role),
        apps: apps.map(toAppAccess),
      },
    };
  },
});
