'use server';

import { orgAction } from '@/lib/actions/wrapper';
import {
  addTeamAppsSchema,
  addTeamMembersSchema,
  changeTeamDefaultPermissionSchema,
  createTeamSchema,
  renameTeamSchema,
  searchSchema,
  setTeamAppPermissionSchema,
  teamAppRefSchema,
  teamMemberRefSchema,
  teamRefSchema,
} from '@/lib/validations/teams';
import { addTeamMembers } from '@/domain/teams/add-team-members';
import { changeTeamDefaultPermission } from '@/domain/teams/change-team-default-permission';
import { changeTeamAppLevel } from '@/domain/teams/change-team-app-level';
import { createTeam } from '@/domain/teams/create-team';
import { deleteTeam } from '@/domain/teams/delete-team';
import { grantTeamApps } from '@/domain/teams/grant-team-apps';
import { removeTeamMember } from '@/domain/teams/remove-team-member';
import { renameTeam } from '@/domain/teams/rename-team';
import { revokeTeamApp } from '@/domain/teams/revoke-team-app';
import { searchTeamAppCandidates } from '@/domain/teams/search-team-app-candidates';
import { searchTeamMemberCandidates } from '@/domain/teams/search-team-member-candidates';

export const createTeamAction = orgAction({
  schema: createTeamSchema,
  run: (ctx, input) => createTeam(ctx, { id: input.id, name: input.name, defaultPermission: input.defaultPermission }),
});

export const renameTeamAction = orgAction({ schema: renameTeamSchema, run: renameTeam });

export const changeTeamDefaultPermissionAction = orgAction({ schema: changeTeamDefaultPermissionSchema, run: changeTeamDefaultPermission });

export const deleteTeamAction = orgAction({ schema: teamRefSchema, run: deleteTeam });

export const addTeamMembersAction = orgAction({ schema: addTeamMembersSchema, run: addTeamMembers });

export const removeTeamMemberAction = orgAction({ schema: teamMemberRefSchema, run: removeTeamMember });

export const addTeamAppsAction = orgAction({ schema: addTeamAppsSchema, run: grantTeamApps });

export const setTeamAppPermissionAction = orgAction({ schema: setTeamAppPermissionSchema, run: changeTeamAppLevel });

export const removeTeamAppAction = orgAction({ schema: teamAppRefSchema, run: revokeTeamApp });

/** Server-side search for the Add Members dialog: only this organization's members can ever be found. */
export const searchTeamCandidatesAction = orgAction({ schema: searchSchema, run: searchTeamMemberCandidates });

export const searchTeamAppCandidatesAction = orgAction({ schema: searchSchema, run: searchTeamAppCandidates });
