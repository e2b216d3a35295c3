'use server';

import { orgAction } from '@/lib/actions/wrapper';
import {
  appTeamAccessSchema,
  appTeamRefSchema,
  appTeamSearchSchema,
  createOrgAppSchema,
  deleteAppSchema,
  updateAppDetailsSchema,
} from '@/lib/validations/apps';
import {
  createOrgApp,
  deleteApp,
  removeAppTeamAccess,
  requireAppPermission,
  searchTeamsWithoutApp,
  setAppTeamAccess,
  updateAppDetails,
} from '@/db/queries/apps';

export const createOrgAppAction = orgAction({
  schema: createOrgAppSchema,
  permission: 'apps.create',
  run: (ctx, input) => createOrgApp(ctx, input),
});

// App-level actions: any member may call them; the app permission is checked on the app itself
// (role and team grants), and an app the caller cannot see answers NOT_FOUND.
export const updateAppDetailsAction = orgAction({
  schema: updateAppDetailsSchema,
  permission: null,
  run: (ctx, input) => updateAppDetails(ctx, input.appId, { name: input.name, description: input.description, notes: input.notes }),
});

export const deleteAppAction = orgAction({
  schema: deleteAppSchema,
  permission: null,
  run: (ctx, input) => deleteApp(ctx, input.appId, input.confirmation),
});

export const setAppTeamAccessAction = orgAction({
  schema: appTeamAccessSchema,
  permission: null,
  run: (ctx, input) => setAppTeamAccess(ctx, input.appId, input.teamId, input.permission),
});

export const removeAppTeamAccessAction = orgAction({
  schema: appTeamRefSchema,
  permission: null,
  run: (ctx, input) => removeAppTeamAccess(ctx, input.appId, input.teamId),
});

/**
 * Server-side search for the Add Team dialog: only this organization's teams without the app, and only
 * for a caller who could then add one (the same check as setAppTeamAccessAction).
 */
export const searchAppTeamCandidatesAction = orgAction({
  schema: appTeamSearchSchema,
  permission: null,
  run: async (ctx, input) => {
    await requireAppPermission(ctx, input.appId, 'app.collaborators.edit');
    return searchTeamsWithoutApp(ctx.tx, ctx.orgId, input.appId, input.q);
  },
});
