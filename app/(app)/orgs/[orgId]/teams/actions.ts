'use server';

import { orgAction } from '@/lib/actions/wrapper';
import {
  addTeamAppsSchema,
  addTeamMembersSchema,
  createTeamSchema,
  renameTeamSchema,
  searchSchema,
  setTeamAppPermissionSchema,
  teamAppRefSchema,
  teamMemberRefSchema,
  teamRefSchema,
} from '@/lib/validations/teams';
import { createTeam, deleteTeam, renameTeam, requireTeam } from '@/db/queries/teams';
import {
  addTeamApps,
  addTeamMembers,
  removeTeamApp,
  removeTeamMember,
  searchAppsForTeam,
  searchMembersForTeam,
  setTeamAppPermission,
} from '@/db/queries/team-grants';

export const createTeamAction = orgAction({
  schema: createTeamSchema,
  permission: 'teams.manage',
  run: (ctx, input) => createTeam(ctx, input),
});

export const renameTeamAction = orgAction({
  schema: renameTeamSchema,
  permission: 'teams.manage',
  run: (ctx, input) => renameTeam(ctx, input.teamId, input.name),
});

export const deleteTeamAction = orgAction({
  schema: teamRefSchema,
  permission: 'teams.manage',
  run: (ctx, input) => deleteTeam(ctx, input.teamId),
});

export const addTeamMembersAction = orgAction({
  schema: addTeamMembersSchema,
  permission: 'teams.manage',
  run: (ctx, input) => addTeamMembers(ctx, input.teamId, input.userIds),
});

export const removeTeamMemberAction = orgAction({
  schema: teamMemberRefSchema,
  permission: 'teams.manage',
  run: (ctx, input) => removeTeamMember(ctx, input.teamId, input.userId),
});

export const addTeamAppsAction = orgAction({
  schema: addTeamAppsSchema,
  permission: 'teams.manage',
  run: (ctx, input) => addTeamApps(ctx, input.teamId, input.appIds, input.permission),
});

export const setTeamAppPermissionAction = orgAction({
  schema: setTeamAppPermissionSchema,
  permission: 'teams.manage',
  run: (ctx, input) => setTeamAppPermission(ctx, input.teamId, input.appId, input.permission),
});

export const removeTeamAppAction = orgAction({
  schema: teamAppRefSchema,
  permission: 'teams.manage',
  run: (ctx, input) => removeTeamApp(ctx, input.teamId, input.appId),
});

/** Server-side search for the Add Members dialog: only this organization's members can ever be found. */
export const searchTeamCandidatesAction = orgAction({
  schema: searchSchema,
  permission: 'teams.manage',
  run: async (ctx, input) => {
    await requireTeam(ctx, input.teamId);
    return searchMembersForTeam(ctx.tx, ctx.orgId, input.teamId, input.q);
  },
});

export const searchTeamAppCandidatesAction = orgAction({
  schema: searchSchema,
  permission: 'teams.manage',
  run: async (ctx, input) => {
    await requireTeam(ctx, input.teamId);
    return searchAppsForTeam(ctx.tx, ctx.orgId, input.teamId, input.q);
  },
});
