'use server';

import { userAction } from '@/lib/actions/wrapper';
import { createAppSchema, transferAppSchema } from '@/lib/validations/apps';
import { createPersonalApp } from '@/db/queries/apps';
import { transferPersonalApp } from '@/db/queries/app-transfer';

export const createPersonalAppAction = userAction({
  schema: createAppSchema.omit({ orgId: true }),
  run: ({ tx, user }, input) => createPersonalApp(tx, user.id, input),
});

export const transferAppAction = userAction({
  schema: transferAppSchema,
  run: ({ tx, user }, input) => transferPersonalApp(tx, user, input),
});
