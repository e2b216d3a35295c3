/** A page's search parameters as Next.js hands them: a repeated one (?q=a&q=b) arrives as an array. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

/**
 * One string per search parameter (the first of a repeated one), so a hand-edited URL can never hand a
 * page or a query an array where it expects text.
 */
export function singleValues<K extends string>(raw: Partial<Record<K, string | string[]>> | undefined): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key in raw) {
    const value = raw[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') out[key] = first;
  }
  return out;
}
