import 'server-only';
import { pgConstraint, pgErrorCode } from '@/domain/db-errors';
import { fieldError } from '@/domain/errors';

/** An app moving into an organization that already uses its App ID: told beside `New App ID`. */
export const appIdUsedThere = (slug: string) =>
  fieldError('newSlug', `The App ID "${slug}" is already used in that organization. Enter a new App ID.`);

/**
 * Runs the move; an app created there meanwhile under the same App ID is caught by the unique index
 * (apps_org_slug_uidx) and answered as the pre-check would, beside the same field.
 */
export async function movedUnlessAppIdTaken<T>(slug: string, move: Promise<T>): Promise<T> {
  try {
    return await move;
  } catch (error) {
    if (pgErrorCode(error) === '23505' && pgConstraint(error) === 'apps_org_slug_uidx') throw appIdUsedThere(slug);
    throw error;
  }
}
