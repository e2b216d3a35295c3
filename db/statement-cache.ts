import type { Executor } from './index';

const statements = new WeakMap<object, Map<string, unknown>>();

/**
 * A statement built once per database handle and kept: drizzle turns a query builder into SQL text on
 * every execution (walking every column, condition and subquery), and `npm run bench` measured that
 * rebuild at a sixth of the members page's server time beyond rendering. A statement kept here is built
 * with `sql.placeholder()` for every value and `.prepare()`d, so an execution only binds values. `key`
 * names the statement's shape (the conditions present), never a value. Transactions get their own
 * (short-lived) cache, released with them.
 */
export function statementOnce<T>(executor: Executor, key: string, build: () => T): T {
  let cache = statements.get(executor);
  if (!cache) statements.set(executor, (cache = new Map()));
  let statement = cache.get(key) as T | undefined;
  if (statement === undefined) cache.set(key, (statement = build()));
  return statement;
}
