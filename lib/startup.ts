import { envProblems, envValue, resendApiKey } from './env';

export async function startServer(): Promise<void> {
  const problems = envProblems();
  if (problems.length > 0) {
    for (const problem of problems) console.error(`roster: invalid environment: ${problem}`);
    process.exit(1);
  }
  warnIfMailboxPublic();
  const [{ migrateDatabase }, { getDatabase }, { seedDemoIfEmpty }] = await Promise.all([
    import('@/db/migrate'),
    import('@/db'),
    import('@/db/seed'),
  ]);
  try {
    await migrateDatabase();
    const { kind } = await getDatabase();
    const force = envValue('SEED_DEMO') === '1';
    if (force || (kind === 'embedded' && envValue('SEED_DEMO') !== '0')) {
      const seeded = await seedDemoIfEmpty({ force });
      if (seeded) console.log(`roster: seeded the demo organization "${seeded}" (logins in README.md)`);
    }
  } catch (error) {
    console.error(`roster: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  startEmailRetries();
  startLimitSweeps();
}

/** The dev mailbox in production shows every email, sign-in links included, to whoever opens it: say so once at start. */
export function warnIfMailboxPublic(source: Record<string, string | undefined> = process.env): void {
  if (envValue('NODE_ENV', source) === 'production' && envValue('MAILBOX_ENABLED', source) === '1') {
    console.warn(
      'roster: MAILBOX_ENABLED=1 serves every email, sign-in links included, at /dev/mailbox to anyone: never on a public server',
    );
  }
}

/** How often each server node sweeps the outbox for emails due a retry (lib/email/outbox.ts), unless EMAIL_SWEEP_INTERVAL_MS says. */
export const EMAIL_RETRY_INTERVAL_MS = 60_000;

/**
 * Retries failed emails (exponential backoff) and sends queued ones whose after-commit delivery never
 * ran. Only with a Resend key: without one, email stays in the dev mailbox. Every node may sweep, since
 * rows are claimed with SKIP LOCKED; the timer is unref'd so it never keeps the process alive.
 */
function startEmailRetries(): void {
  if (!resendApiKey()) return;
  let running = false;
  const sweep = () => {
    if (running) return; // a slow sweep is never overlapped by this node's next one
    running = true;
    import('@/lib/email/outbox')
      .then(({ retryDueEmails }) => retryDueEmails())
      .catch((error) => console.error('roster: email retry sweep failed', error))
      .finally(() => (running = false));
  };
  setInterval(sweep, Number(envValue('EMAIL_SWEEP_INTERVAL_MS') ?? EMAIL_RETRY_INTERVAL_MS)).unref();
}

/** How often each node deletes abuse-limit counts whose window is long over (lib/limits). */
const LIMIT_SWEEP_INTERVAL_MS = 10 * 60_000;

function startLimitSweeps(): void {
  const sweep = () =>
    import('@/lib/limits')
      .then(({ deleteExpiredLimits }) => deleteExpiredLimits())
      .catch((error) => console.error('roster: limit sweep failed', error));
  setInterval(sweep, LIMIT_SWEEP_INTERVAL_MS).unref();
}
