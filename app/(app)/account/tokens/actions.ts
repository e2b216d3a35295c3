'use server';

import { orgAction, userAction } from '@/lib/actions/wrapper';
import { createPersonalToken } from '@/domain/tokens/create-personal-token';
import { revokePersonalToken } from '@/domain/tokens/revoke-personal-token';
import type { Scope } from '@/lib/permissions/scopes';
import { createPersonalTokenSchema, tokenIdSchema } from '@/lib/validations/tokens';

// Scoped to the chosen organization: the door reads the caller's membership there, like every org action.
export const createPersonalTokenAction = orgAction({
  schema: createPersonalTokenSchema,
  run: (ctx, input) => createPersonalToken(ctx, { ...input, scopes: input.scopes as Scope[] }),
});

export const revokePersonalTokenAction = userAction({
  schema: tokenIdSchema,
  run: (ctx, input) => revokePersonalToken(ctx, { tokenId: input.tokenId }),
});
