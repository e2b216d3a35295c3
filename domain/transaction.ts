import 'server-only';
import { discardPool, getDb, type Tx } from '@/db';
import { isConnectionLost, isRetryable, translateDbError } from './db-errors';
import { ActionError, type CommandResult } from './errors';

const MAX_ATTEMPTS = 3;

/** Work to run once the transaction commits (email delivery); its failures never undo the change. */
export type AfterCommit = (fn: () => Promise<unknown>) => void;

/**
 * What every door does around a command: one transaction, retried from the start on a deadlock or
 * serialization failure (permission checks included, so the retry sees the world as the winner left
 * it); refusals and known database errors worded for people; anything else logged and answered as
 * INTERNAL with nothing changed.
 */
export async function runInTransaction<T>(body: (tx: Tx, afterCommit: AfterCommit) => Promise<T>): Promise<CommandResult<T>> {
  const db = await getDb();
  for (let attempt = 1; ; attempt++) {
    const pending: Array<() => Promise<unknown>> = [];
    try {
      const data = await db.transaction((tx) => body(tx, (fn) => pending.push(fn)));
      for (const fn of pending) await fn().catch((error) => console.error('after-commit task failed', error));
      return { ok: true, data };
    } catch (error) {
      if (error instanceof ActionError) {
        return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors, retryAfterS: error.retryAfterS };
      }
      if (isRetryable(error) && attempt < MAX_ATTEMPTS) continue;
      // A lost connection may leave its pool slot unusable: later requests get a fresh pool.
      if (isConnectionLost(error)) discardPool();
      const known = translateDbError(error);
      if (known) return { ok: false, code: known.code, message: known.message, fieldErrors: known.fieldErrors };
      console.error('command failed', error);
      return { ok: false, code: 'INTERNAL', message: 'Something went wrong. Nothing was changed; try again.' };
    }
  }
}
