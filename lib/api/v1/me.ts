import 'server-only';
import { z } from 'zod';
import { API_TOKEN_KINDS } from '@/db/schema-accounts';
import { tokenCan } from '@/lib/api/authenticate';
import { defineOperation } from '@/lib/api/operation';
import { ORG_PERMISSION_KEYS } from '@/lib/permissions';
import { roleField, timestamp } from './common';

const meSchema = z
  .object({
    user: z
      .object({ id: z.string(), name: z.string().nullable(), email: z.string() })
      .nullable()
      .meta({ description: 'The token’s owner; null for an organization API key, which is no one’s.' }),
    organization: z.object({ id: z.string(), role: roleField.meta({ description: 'The role the token acts with now.' }) }),
    token: z.object({
      id: z.uuid(),
      name: z.string(),
      kind: z.enum(API_TOKEN_KINDS).meta({ description: '`personal` (acts as its owner) or `organization` (an API key).' }),
      scopes: z.array(z.string()),
      expires_at: timestamp.nullable(),
    }),
    organization_permissions: z
      .array(z.string())
      .meta({ description: 'The organization permissions the token may use today: its scopes that its role grants.' }),
  })
  .meta({ id: 'Me', description: 'Who the token acts as, and what it may do.' });

export const getMeRoute = defineOperation({
  kind: 'read',
  method: 'get',
  path: '/me',
  operationId: 'getMe',
  summary: 'Who the token acts as',
  description:
    'The token’s owner (none for an organization API key), its organization and the role it acts with now, its scopes, and which organization permissions it may use today: a token never does more than its role allows.',
  tag: 'Organization',
  scope: null,
  params: z.object({}),
  success: { status: 200, description: 'The token.', schema: meSchema },
  handle: async ({ caller }) => ({
    body: {
      user: caller.actor.kind === 'api_key' ? null : { id: caller.actor.id, name: caller.actor.name, email: caller.actor.email },
      organization: { id: caller.orgId, role: caller.role },
      token: {
        id: caller.tokenId,
        name: caller.tokenName,
        kind: caller.kind,
        scopes: [...caller.scopes].sort(),
        expires_at: caller.expiresAt?.toISOString() ?? null,
      },
      organization_permissions: ORG_PERMISSION_KEYS.filter((permission) => tokenCan(caller, permission)),
    },
  }),
});
