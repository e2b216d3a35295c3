/** Text from a URL (search, cursors, route segments) as the database can take it: no NUL characters. */
export function urlText(value: string, max = 200): string {
  return value.replace(/\u0000/g, '').slice(0, max);
}

/** A case-insensitive substring pattern for LIKE: `%` and `_` typed into the search box are searched for literally. */
export function likePattern(query: string): string {
  return `%${urlText(query)
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
