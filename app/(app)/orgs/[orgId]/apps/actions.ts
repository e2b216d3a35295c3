'use server';

import { appAction, orgAction } from '@/lib/actions/wrapper';
import {
  appTeamAccessSchema,
  appTeamRefSchema,
  appTeamSearchSchema,
  changeAppIdSchema,
  changeAppVisibilitySchema,
  createOrgAppSchema,
  deleteAppSchema,
  transferOrgAppSchema,
  updateAppDetailsSchema,
} from '@/lib/validations/apps';
import { changeAppId } from '@/domain/apps/change-app-id';
import { changeAppVisibility } from '@/domain/apps/change-app-visibility';
import { createOrgApp } from '@/domain/apps/create-org-app';
import { deleteApp } from '@/domain/apps/delete-app';
import { removeAppTeamAccess } from '@/domain/apps/remove-app-team-access';
import { searchAppTeamCandidates } from '@/domain/apps/search-app-team-candidates';
import { setAppTeamAccess } from '@/domain/apps/set-app-team-access';
import { transferOrgApp } from '@/domain/apps/transfer-org-app';
import { updateAppDetails } from '@/domain/apps/update-app-details';

export const createOrgAppAction = orgAction({
  schema: createOrgAppSchema,
  run: (ctx, input) => createOrgApp(ctx, { slug: input.slug, name: input.name }),
});

// Changes to the app row itself: the command opens the app locked for update.
export const updateAppDetailsAction = orgAction({
  schema: updateAppDetailsSchema,
  run: (ctx, input) => updateAppDetails(ctx, { appId: input.appId, name: input.name, description: input.description, notes: input.notes }),
});

export const changeAppIdAction = orgAction({
  schema: changeAppIdSchema,
  run: (ctx, input) => changeAppId(ctx, { appId: input.appId, slug: input.slug }),
});

export const transferOrgAppAction = orgAction({
  schema: transferOrgAppSchema,
  run: (ctx, input) => transferOrgApp(ctx, { appId: input.appId, toOrgId: input.toOrgId, newName: input.newName, newSlug: input.newSlug }),
});

export const deleteAppAction = orgAction({
  schema: deleteAppSchema,
  run: (ctx, input) => deleteApp(ctx, { appId: input.appId, confirmation: input.confirmation }),
});

export const changeAppVisibilityAction = orgAction({
  schema: changeAppVisibilitySchema,
  run: (ctx, input) => changeAppVisibility(ctx, { appId: input.appId, visibility: input.visibility }),
});

export const setAppTeamAccessAction = appAction({
  schema: appTeamAccessSchema,
  run: (ctx, input) => setAppTeamAccess(ctx, { teamId: input.teamId, permission: input.permission }),
});

export const removeAppTeamAccessAction = appAction({
  schema: appTeamRefSchema,
  run: (ctx, input) => removeAppTeamAccess(ctx, { teamId: input.teamId }),
});

/** Server-side search for the Add Team dialog: this organization's teams without the app. */
export const searchAppTeamCandidatesAction = appAction({
  schema: appTeamSearchSchema,
  run: (ctx, input) => searchAppTeamCandidates(ctx, { q: input.q }),
});
