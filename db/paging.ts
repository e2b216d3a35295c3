/** Lists are paged by keyset (db/cursor.ts): a page of rows and the cursor of the next one, if any. */
export const PAGE_SIZE = 50;

export type Page<T> = { rows: T[]; nextCursor: string | null };
