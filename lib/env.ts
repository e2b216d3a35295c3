import { z } from 'zod';

const flag = z.enum(['0', '1'], 'must be 0 or 1').optional();
const positiveInteger = z
  .string()
  .regex(/^[1-9]\d*$/, 'must be a positive whole number')
  .optional();
const secret = z.string().min(32, 'must be at least 32 characters (run `npx auth secret` or `npm run dev` to generate one)');

/**
 * Every variable Roster reads, validated once at start (instrumentation.ts). Each problem is reported as
 * one line so an operator sees every mistake at once instead of a stack trace on the first request.
 */
const envSchema = z.object({
  NODE_ENV: z.string().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection URL')
    .optional(),
  DATABASE_POOL_SIZE: positiveInteger,
  DATABASE_PREPARE: flag,
  PGLITE_DATA_DIR: z.string().optional(),
  AUTH_SECRET: secret,
  // Older secrets still accepted while rotating (Auth.js reads them too).
  AUTH_SECRET_1: secret.optional(),
  AUTH_SECRET_2: secret.optional(),
  AUTH_SECRET_3: secret.optional(),
  APP_URL: z.url('must be an absolute URL such as https://roster.example.com').optional(),
  /** Set by `next dev -p` / `next start -p` to the port the server listens on: email links in development follow it. */
  PORT: positiveInteger,
  /** More hosts `next dev` serves its scripts to (comma-separated), besides localhost, 127.0.0.1 and this machine's addresses. */
  ALLOWED_DEV_ORIGINS: z.string().optional(),
  RESEND_API_KEY: z.string().startsWith('re_', 'must be a Resend API key (starts with re_)').optional(),
  /** Where Resend's API is reached (its default otherwise): a Resend-compatible relay, or a fake one in tests. */
  RESEND_BASE_URL: z.url('must be an absolute URL such as https://api.resend.com').optional(),
  /** How often each node sweeps the outbox for emails due a retry, in milliseconds (60,000 unless set). */
  EMAIL_SWEEP_INTERVAL_MS: positiveInteger,
  EMAIL_FROM: z.string().min(3, 'must be a sender such as "Roster <roster@example.com>"').optional(),
  MAILBOX_ENABLED: flag,
  SEED_DEMO: flag,
  /** Set by `npm run bench` on the server it starts: serves the bare baseline page /bench-baseline. */
  BENCH_BASELINE: flag,
  LIMIT_SIGN_IN_PER_ACCOUNT: positiveInteger,
  LIMIT_SIGN_IN_PER_IP: positiveInteger,
  LIMIT_EMAILS_PER_ADDRESS: positiveInteger,
  LIMIT_ORGANIZATIONS_PER_USER: positiveInteger,
  LIMIT_INVITATIONS_PER_INVITER: positiveInteger,
  LIMIT_INVITATIONS_PER_ORGANIZATION: positiveInteger,
  LIMIT_API_REQUESTS_PER_TOKEN: positiveInteger,
  LIMIT_SCIM_REQUESTS_PER_ORGANIZATION: positiveInteger,
  LIMIT_SCIM_INVITATIONS_PER_ORGANIZATION: positiveInteger,
});

export type Env = z.infer<typeof envSchema>;
export type EnvName = keyof Env;

/** One variable as set, an empty value counting as unset. Read per call: tests and operators may change it. */
export function envValue(name: EnvName, source: Record<string, string | undefined> = process.env): string | undefined {
  const value = source[name];
  return value === '' ? undefined : value;
}

export function envProblems(source: Record<string, string | undefined> = process.env): string[] {
  const values = Object.fromEntries(Object.keys(envSchema.shape).map((key) => [key, envValue(key as EnvName, source)]));
  const result = envSchema.safeParse(values);
  const problems = result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`);
  // Every link in an email is built from APP_URL: in production it must be said, never guessed.
  if (values.NODE_ENV === 'production' && !values.APP_URL) {
    problems.push('APP_URL: must be set in production to the public address, such as https://roster.example.com (links in emails use it)');
  }
  return problems;
}

/** Throws with one line per problem. */
export function assertValidEnv(source: Record<string, string | undefined> = process.env): void {
  const problems = envProblems(source);
  if (problems.length > 0) {
    throw new Error(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export const isProduction = (): boolean => envValue('NODE_ENV') === 'production';

/**
 * Roster's public address, which every emailed link starts with. Unset (development only: production
 * requires it), it is localhost on the port this server listens on (Next sets PORT once listening), never
 * a request's Host header, which a client can forge.
 */
export function appUrl(): string {
  return (envValue('APP_URL') ?? `http://localhost:${envValue('PORT') ?? '3000'}`).replace(/\/$/, '');
}

export function benchBaselineServed(): boolean {
  return envValue('BENCH_BASELINE') === '1';
}

export function mailboxEnabled(): boolean {
  return !isProduction() || envValue('MAILBOX_ENABLED') === '1';
}

/** The secrets session cookies may be sealed with: the current one first, then those being rotated out. */
export function authSecrets(): string[] {
  return (['AUTH_SECRET', 'AUTH_SECRET_1', 'AUTH_SECRET_2', 'AUTH_SECRET_3'] as const).flatMap((name) => envValue(name) ?? []);
}

/** Resend delivers email when its key is set; otherwise email stays in the dev mailbox. */
export const resendApiKey = (): string | undefined => envValue('RESEND_API_KEY');

/** Resend's API address when RESEND_BASE_URL sets another one. */
export const resendBaseUrl = (): string | undefined => envValue('RESEND_BASE_URL');
