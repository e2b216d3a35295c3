/** What every server action returns. Client forms show `fieldErrors` beside the fields. */
export type ErrorCode = 'UNAUTHENTICATED' | 'NOT_FOUND' | 'FORBIDDEN' | 'VALIDATION' | 'CONFLICT' | 'RATE_LIMITED' | 'INTERNAL';

export type FieldErrors = Record<string, string[]>;

export type ActionFailure = { ok: false; code: ErrorCode; message: string; fieldErrors?: FieldErrors };
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

/** Thrown by the data layer to refuse with a clear message; the wrapper rolls back and returns it. */
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
