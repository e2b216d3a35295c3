'use server';

import { orgAction } from '@/lib/actions/wrapper';
import { revokeOrgToken } from '@/domain/tokens/revoke-org-token';
import { revokeOrgTokenSchema } from '@/lib/validations/tokens';

export const revokeOrgTokenAction = orgAction({
  schema: revokeOrgTokenSchema,
  run: (ctx, input) => revokeOrgToken(ctx, { tokenId: input.tokenId }),
});
