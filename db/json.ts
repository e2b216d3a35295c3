/** A json array column as the drivers hand it back: parsed (postgres.js, PGlite), or a string, parsed here. */
export function jsonArray<T>(value: T[] | string | null | undefined): T[] {
  if (value === null || value === undefined) return [];
  return typeof value === 'string' ? (JSON.parse(value) as T[]) : value;
}
