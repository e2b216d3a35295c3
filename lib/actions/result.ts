import type { ErrorCode, FieldErrors } from '@/domain/errors';

export { ActionError, fieldError, NOT_FOUND_MESSAGE, type ErrorCode, type FieldErrors } from '@/domain/errors';

/** What every server action returns. Client forms show `fieldErrors` beside the fields. */
export type ActionFailure = { ok: false; code: ErrorCode; message: string; fieldErrors?: FieldErrors };
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;
