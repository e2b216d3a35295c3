/**
 * How a command refuses: a code every door maps to its own answer (an action's result, an HTTP status, a
 * SCIM error) and a message a person can act on, with field errors to show beside the fields.
 */
export type ErrorCode =
  'UNAUTHENTICATED' | 'NOT_FOUND' | 'FORBIDDEN' | 'VALIDATION' | 'CONFLICT' | 'PRECONDITION_FAILED' | 'RATE_LIMITED' | 'INTERNAL';

export type FieldErrors = Record<string, string[]>;

/** Thrown to refuse with a clear message; the door rolls the transaction back and answers with it. */
export class ActionError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
    /** RATE_LIMITED: seconds until the allowance comes back (an API answers it as Retry-After). */
    readonly retryAfterS?: number,
  ) {
    super(message);
    this.name = 'ActionError';
  }
}

export const fieldError = (field: string, message: string) => new ActionError('VALIDATION', message, { [field]: [message] });

export const NOT_FOUND_MESSAGE = 'Not found, or you do not have access.';

/** How a command ended, as every door receives it: its data, or the refusal to map to its own answer. */
export type CommandFailure = { ok: false; code: ErrorCode; message: string; fieldErrors?: FieldErrors; retryAfterS?: number };
export type CommandResult<T> = { ok: true; data: T } | CommandFailure;
