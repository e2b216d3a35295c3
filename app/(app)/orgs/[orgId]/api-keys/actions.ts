'use server';

import { orgAction } from '@/lib/actions/wrapper';
import { createOrgApiKey } from '@/domain/tokens/create-org-api-key';
import { revokeOrgApiKey } from '@/domain/tokens/revoke-org-api-key';
import { createOrgApiKeySchema, revokeOrgApiKeySchema } from '@/lib/validations/tokens';
import type { Scope } from '@/lib/permissions/scopes';

export const createOrgApiKeyAction = orgAction({
  schema: createOrgApiKeySchema,
  run: (ctx, input) => createOrgApiKey(ctx, { ...input, scopes: input.scopes as Scope[] }),
});

export const revokeOrgApiKeyAction = orgAction({
  schema: revokeOrgApiKeySchema,
  run: (ctx, input) => revokeOrgApiKey(ctx, { keyId: input.keyId }),
});
