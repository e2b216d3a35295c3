import 'server-only';
import { after } from 'next/server';

/**
 * Runs `task` once the response has gone out: work that happens for some requests and not others
 * (an email only an existing account gets) must not show in how long the answer takes.
 */
export function afterResponse(task: () => Promise<unknown>): void {
  after(() => task().catch((error) => console.error('roster: background task failed', error)));
}
