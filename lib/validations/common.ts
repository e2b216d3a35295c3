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

/**
 * Characters no name may hold: C0 controls (TAB, CR, LF among them), DEL, C1 controls, the line and
 * paragraph separators, and the bidi embeddings, overrides and isolates. Names end up in email subjects
 * (a CR/LF there splits headers) and beside other text (an override reverses what follows it).
 */
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** The same, but line breaks (LF, CR) are allowed: text typed into a multi-line box. */
export const CONTROL_CHARACTERS_BUT_NEWLINES =
  /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Single-line text with every control character replaced (bidi formatting dropped, the rest a space): for headers such as email subjects. */
export function singleLine(text: string): string {
  return text
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(new RegExp(CONTROL_CHARACTERS.source, 'g'), ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

const capitalized = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;

/** A single-line name ("an app name"): trimmed, 1 to `max` characters, no control characters. */
export const nameSchema = (what: string, max = 100) =>
  z
    .string()
    .trim()
    .min(1, `Enter ${what}.`)
    .max(max, `${capitalized(what)} must be at most ${max} characters.`)
    .refine(
      (value) => !CONTROL_CHARACTERS.test(value),
      `${capitalized(what.replace(/^(an?|your) /i, ''))} cannot contain line breaks, tabs or other control characters.`,
    );

/** Free text typed into a multi-line box (descriptions, notes, instructions): line breaks yes, other control characters no. */
export const multilineTextSchema = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .refine((value) => !CONTROL_CHARACTERS_BUT_NEWLINES.test(value), 'Remove tabs and other control characters (line breaks are fine).');

/** At most this many results answer a picker's server-side search; the picker says when a search hits it. */
export const SEARCH_RESULTS_LIMIT = 20;
