'use server';

import { orgAction } from '@/lib/actions/wrapper';
import { appTeamAccessSchema, appTeamRefSchema, createOrgAppSchema, deleteAppSchema, updateAppDetailsSchema } from '@/lib/validations/apps';
import { createOrgApp, deleteApp, removeAppTeamAccess, setAppTeamAccess, updateAppDetails } from '@/db/queries/apps';

export const createOrgAppAction = orgAction({ schema: createOrgAppSchema, permission: 'apps.create', run: (ctx, input) => createOrgApp(ctx, input) });

// App-level actions: any member may call them; the app permission is checked on the app itself
// (role and team grants), and an app the caller cannot see answers NOT_FOUND.
export const updateAppDetailsAction = orgAction({
  schema: updateAppDetailsSchema,
  permission: null,
  run: (ctx, input) => updateAppDetails(ctx, input.appId, { name: input.name, description: input.description, notes: input.notes }),
});

export const deleteAppAction = orgAction({ schema: deleteAppSchema, permission: null, run: (ctx, input) => deleteApp(ctx, input.appId, input.confirmation) });

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
