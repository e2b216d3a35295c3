import 'server-only';
import { z } from 'zod';
import { MAX_CURSOR_LENGTH } from '@/db/cursor';
import type { Page } from '@/db/paging';
import { ORG_ROLES } from '@/lib/permissions';
import { teamLevelSchema } from '@/lib/validations/teams';

/** The organization in every path: the token's own (any other answers 404). */
export const orgParams = z.object({ orgId: z.string().min(1).max(48).meta({ description: 'The organization ID (its slug).' }) });

export const userIdParam = z.string().min(1).max(100).meta({ description: "The member's user ID." });

export const roleField = z.enum(ORG_ROLES).meta({ id: 'OrgRole', description: 'A role in the organization.' });

/** The browser's level field (TEAM_LEVELS, same message), as the API's one component. */
export const teamLevelField = teamLevelSchema.meta({
  id: 'TeamLevel',
  description:
    'A level a team holds an app at: full_access (all but app administration), model_trainer (models), labeler_lead (supervises labeling) or labeler_worker (assigned labeling tasks).',
});

export const timestamp = z.iso.datetime().meta({ description: 'An instant, ISO 8601 in UTC.' });

/** `?cursor=` and `?limit=`: keyset pages, as every list of the API. */
export const pageQuery = z.object({
  cursor: z.string().max(MAX_CURSOR_LENGTH).optional().meta({ description: 'The `next_cursor` of the previous page; omit for the first.' }),
  limit: z.coerce.number().int().min(1).max(100).optional().meta({ description: 'Rows per page, 1 to 100 (default 50).' }),
});

/** A page of a list: its rows and the cursor of the next page (null on the last). */
export function pageOf<T extends z.ZodType>(item: T, id: string) {
  return z.object({ data: z.array(item), next_cursor: z.string().nullable() }).meta({ id });
}

/**
 * A page's body and its `Link: <…>; rel="next"` header (RFC 8288), the next page's URL being this
 * request's with `cursor` replaced.
 */
export function pageReply<T, U>(page: Page<T>, url: URL, toItem: (row: T) => U) {
  const headers: Record<string, string> = {};
  if (page.nextCursor) {
    const next = new URL(url);
    next.searchParams.set('cursor', page.nextCursor);
    headers.Link = `<${next.pathname}${next.search}>; rel="next"`;
  }
  return { body: { data: page.rows.map(toItem), next_cursor: page.nextCursor }, headers };
}

export const iso = (date: Date | null) => date?.toISOString() ?? null;
