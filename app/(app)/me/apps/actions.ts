'use server';

import { userAction } from '@/lib/actions/wrapper';
import { createAppSchema, transferAppSchema } from '@/lib/validations/apps';
import { createPersonalApp } from '@/domain/apps/create-personal-app';
import { transferPersonalApp } from '@/domain/apps/transfer-personal-app';

export const createPersonalAppAction = userAction({
  schema: createAppSchema.omit({ orgId: true }),
  run: (ctx, input) => createPersonalApp(ctx, { slug: input.slug, name: input.name }),
});

export const transferAppAction = userAction({
  schema: transferAppSchema,
  run: (ctx, input) => transferPersonalApp(ctx, { appId: input.appId, orgId: input.orgId, newName: input.newName, newSlug: input.newSlug }),
});
