import { z } from 'zod';
import { ORG_ROLES } from '@/lib/permissions/roles';
import { isScope, SCOPES } from '@/lib/permissions/scopes';
import { nameSchema } from './common';
import { orgScopedSchema } from './organization';

/**
 * How long a new token lives: days, until a chosen date (at most a year away), or ('none') for ever,
 * which only an organization that allows tokens without an expiry date accepts (its command checks).
 */
export const TOKEN_EXPIRATIONS = ['7', '30', '90', 'custom', 'none'] as const;
export type TokenExpiration = (typeof TOKEN_EXPIRATIONS)[number];
export const MAX_TOKEN_DAYS = 366;
export const MAX_PERSONAL_TOKENS = 50;

const DAY = 86_400_000;

/** The instant a token made now with this (dated) choice expires, or null when the choice is not valid. */
export function tokenExpiry(expiration: Exclude<TokenExpiration, 'none'>, expiresOn: string | undefined, now = new Date()): Date | null {
  if (expiration !== 'custom') return new Date(now.getTime() + Number(expiration) * DAY);
  if (!expiresOn || !/^\d{4}-\d{2}-\d{2}$/.test(expiresOn)) return null;
  // The end of the chosen day, in UTC (the date the page shows).
  const end = new Date(`${expiresOn}T23:59:59.999Z`);
  if (Number.isNaN(end.getTime()) || end.toISOString().slice(0, 10) !== expiresOn) return null;
  return end.getTime() > now.getTime() && end.getTime() <= now.getTime() + MAX_TOKEN_DAYS * DAY ? end : null;
}

/** What every new token or API key is given: scopes, and when it expires. */
const tokenGrantShape = {
  expiration: z.enum(TOKEN_EXPIRATIONS, 'Choose when the token expires.'),
  expiresOn: z.string().max(10).optional(),
  scopes: z
    .array(z.string().max(60))
    .min(1, 'Choose at least one scope.')
    .max(SCOPES.length)
    .refine((scopes) => scopes.every(isScope), 'Unknown scope.'),
};

function checkExpiryDate(input: { expiration: TokenExpiration; expiresOn?: string }, ctx: z.RefinementCtx): void {
  if (input.expiration === 'custom' && !tokenExpiry('custom', input.expiresOn))
    ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: `Choose a date after today, at most ${MAX_TOKEN_DAYS} days away.` });
}

export const createPersonalTokenSchema = z
  .object({
    name: nameSchema('a token name'),
    orgId: z.string().min(1, 'Choose an organization.').max(48),
    ...tokenGrantShape,
  })
  .superRefine(checkExpiryDate);
export type CreatePersonalTokenInput = z.input<typeof createPersonalTokenSchema>;

export const MAX_ORG_API_KEYS = 50;

/** An Admin's new organization API key: it acts with `role` (at most the Admin's own), within its scopes. */
export const createOrgApiKeySchema = orgScopedSchema
  .extend({
    name: nameSchema('a key name'),
    role: z.enum(ORG_ROLES, 'Choose a role.'),
    ...tokenGrantShape,
  })
  .superRefine(checkExpiryDate);
export type CreateOrgApiKeyInput = z.input<typeof createOrgApiKeySchema>;

export const revokeOrgApiKeySchema = orgScopedSchema.extend({ keyId: z.uuid('Unknown API key.') });

export const tokenIdSchema = z.object({ tokenId: z.uuid('Unknown token.') });

/** An Admin revoking a token that reaches their organization (the organization is in the URL). */
export const revokeOrgTokenSchema = orgScopedSchema.extend(tokenIdSchema.shape);
