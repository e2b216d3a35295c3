import { z } from 'zod';

/**
 * Environment, validated once at start (instrumentation.ts). Each problem is reported as one line so an
 * operator sees every mistake at once instead of a stack trace on the first request.
 */
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection URL')
    .optional(),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters (run `npx auth secret` or `npm run dev` to generate one)'),
  APP_URL: z.url('must be an absolute URL such as https://roster.example.com').optional(),
  RESEND_API_KEY: z.string().startsWith('re_', 'must be a Resend API key (starts with re_)').optional(),
  EMAIL_FROM: z.string().min(3, 'must be a sender such as "Roster <roster@example.com>"').optional(),
  MAILBOX_ENABLED: z.enum(['0', '1'], 'must be 0 or 1').optional(),
  DATABASE_PREPARE: z.enum(['0', '1'], 'must be 0 or 1').optional(),
});

export type Env = z.infer<typeof envSchema>;

export function envProblems(source: Record<string, string | undefined> = process.env): string[] {
  const values = Object.fromEntries(Object.keys(envSchema.shape).map((key) => [key, source[key] === '' ? undefined : source[key]]));
  const result = envSchema.safeParse(values);
  const problems = result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`);
  // Every link in an email is built from APP_URL: in production it must be said, never guessed.
  if (source.NODE_ENV === 'production' && !values.APP_URL) {
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

export function appUrl(): string {
  return (process.env.APP_URL || 'http://localhost:3000').replace(/\/$/, '');
}

export function mailboxEnabled(): boolean {
  return process.env.NODE_ENV !== 'production' || process.env.MAILBOX_ENABLED === '1';
}
