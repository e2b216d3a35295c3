/** The ID alphabet and length of lib/validations/common.ts `slugSchema` (organization, team and app IDs). */
export const ID_MAX_LENGTH = 48;

/** Letters that NFKD does not take apart into a base letter and an accent. */
const LIGATURES: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ł: 'l', þ: 'th' };

/**
 * The ID a create dialog suggests for a name: "Café Team №1" → "cafe-team-no1". Lowercase ASCII letters and
 * digits, anything else a single '-' (underscores kept, apostrophes dropped so "Bob's" reads "bobs"), no
 * separator at either end, at most 48 characters. Empty when the name holds nothing usable (emoji, other
 * scripts, punctuation); a one-letter name gives a one-letter ID, which the form then refuses as too short.
 */
export function suggestId(name: string): string {
  const latin = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðħıłþ]/g, (letter) => LIGATURES[letter] ?? letter)
    .replace(/['’‘`]/g, '');
  const slug = latin.replace(/[^a-z0-9_]+/g, '-').replace(/^[-_]+|[-_]+$/g, '');
  return slug.slice(0, ID_MAX_LENGTH).replace(/[-_]+$/, '');
}
