import type { Sql } from 'postgres';

/** Above this many parameters (long IN lists, bulk inserts) a query stays unnamed: the cache stays bounded. */
const MAX_PREPARED_PARAMETERS = 32;

/**
 * drizzle hands postgres.js every query unprepared (`unsafe(text, params, { prepare: false })` unless
 * the query was built with `.prepare()`), and postgres.js then needs two round trips per query with
 * parameters — Parse/Describe to learn their types, then Bind/Execute — and PostgreSQL plans it anew
 * each time. As named statements (postgres.js keeps them per connection, keyed by text and parameter
 * types) a query takes one round trip and one parse once its connection has seen it. Found on the wire
 * by `npm run bench`: two writes to PostgreSQL for every query of a page.
 *
 * The wrapper covers transactions and savepoints too. `DATABASE_PREPARE=0` (a pooler in transaction
 * mode, such as PgBouncer before 1.21) turns named statements off in postgres.js itself.
 */
export function preparedByDefault(sql: Sql): Sql {
  return new Proxy(sql, {
    get(target, property) {
      if (property === 'unsafe') {
        return (text: string, params: unknown[] = [], options: { prepare?: boolean } = {}) =>
          target.unsafe(text, params as never, {
            ...options,
            prepare: options.prepare || (Array.isArray(params) && params.length > 0 && params.length <= MAX_PREPARED_PARAMETERS),
          });
      }
      if (property === 'begin' || property === 'savepoint') {
        const original = Reflect.get(target, property, target) as (...args: unknown[]) => Promise<unknown>;
        return (...args: unknown[]) => {
          const fn = args.pop() as (tx: Sql) => unknown;
          return original.call(target, ...args, (tx: Sql) => fn(preparedByDefault(tx)));
        };
      }
      return Reflect.get(target, property, target);
    },
  });
}
