/** Tasks that code under test handed to next/server's after(), not yet run (see setup.ts). */
export function afterQueue(): Array<() => unknown> {
  const state = globalThis as unknown as { __rosterAfter?: Array<() => unknown> };
  return (state.__rosterAfter ??= []);
}

/** Runs what the last requests left for after their response, as Next does once it is sent. */
export async function runAfterResponse(): Promise<void> {
  const queue = afterQueue();
  while (queue.length > 0) await queue.shift()!();
}
