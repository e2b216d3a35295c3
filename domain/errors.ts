/**
 * How a command refuses: a code every door maps to its own answer (an action's result, an HTTP status, a
 * SCIM error) and a message a person can act on, with field errors to show beside the fields.
 */
export type ErrorCode = 'UNAUTHENTICATED' | 'NOT_FOUND' | 'FORBIDDEN' | 'VALIDATION' | 'CONFLICT' | 'RATE_LIMITED' | 'INTERNAL';

export type FieldErrors = Record<string, string[]>;

/** Thrown to refuse with a clear message; the door rolls the transaction back and answers with it. */
export class ActionError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = 'ActionError';
  }
}

export const fieldError = (field: string, message: string) => new ActionError('VALIDATION', message, { [field]: [message] });

export const NOT_FOUND_MESSAGE = 'Not found, or you do not have access.';
