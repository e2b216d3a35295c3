import { z } from 'zod';
import { TEAM_LEVELS } from '@/lib/permissions';
import { nameSchema, slugSchema } from './common';
import { orgScopedSchema } from './organization';

export const teamLevelSchema = z.enum(TEAM_LEVELS, 'Choose a permission level.');
const teamIdRef = z.string().min(1).max(48);

export const createTeamSchema = orgScopedSchema.extend({
  id: slugSchema('Team ID'),
  name: nameSchema('a team name'),
  defaultPermission: teamLevelSchema,
});
export type CreateTeamInput = z.input<typeof createTeamSchema>;

export const renameTeamSchema = orgScopedSchema.extend({ teamId: teamIdRef, name: nameSchema('a team name') });
export const teamRefSchema = orgScopedSchema.extend({ teamId: teamIdRef });
/** The team's Default permission: the level apps added to it from now on start at. */
export const changeTeamDefaultPermissionSchema = orgScopedSchema.extend({ teamId: teamIdRef, defaultPermission: teamLevelSchema });

export const addTeamMembersSchema = orgScopedSchema.extend({
  teamId: teamIdRef,
  userIds: z.array(z.string().min(1).max(100)).min(1, 'Pick at least one member.').max(100, 'Add at most 100 members at once.'),
});
export const teamMemberRefSchema = orgScopedSchema.extend({ teamId: teamIdRef, userId: z.string().min(1).max(100) });

export const addTeamAppsSchema = orgScopedSchema.extend({
  teamId: teamIdRef,
  appIds: z.array(z.uuid()).min(1, 'Pick at least one app.').max(100, 'Add at most 100 apps at once.'),
  permission: teamLevelSchema,
});
export const teamAppRefSchema = orgScopedSchema.extend({ teamId: teamIdRef, appId: z.uuid() });
export const setTeamAppPermissionSchema = teamAppRefSchema.extend({ permission: teamLevelSchema });

export const searchSchema = orgScopedSchema.extend({ teamId: teamIdRef, q: z.string().max(100) });
