import { z } from 'zod';

/** Organization, team and app IDs: shown in URLs, so kept to a safe, readable alphabet (SPEC §2). */
export const slugSchema = (what: string) =>
  z
    .string()
    .trim()
    .min(2, `${what} must be at least 2 characters.`)
    .max(48, `${what} must be at most 48 characters.`)
    .regex(/^[a-z0-9_-]+$/, `${what} may contain only lowercase letters, digits, "-" and "_".`);

export const emailSchema = z
  .string()
  .trim()
  .min(1, 'Enter an email address.')
  .max(254, 'An email address is at most 254 characters.')
  .pipe(z.email('Enter a valid email address.'))
  .transform((value) => value.toLowerCase());

export const nameSchema = (what: string, max = 100) =>
  z.string().trim().min(1, `Enter ${what}.`).max(max, `${what[0]!.toUpperCase()}${what.slice(1)} must be at most ${max} characters.`);

/** At most this many results answer a picker's server-side search; the picker says when a search hits it. */
export const SEARCH_RESULTS_LIMIT = 20;
