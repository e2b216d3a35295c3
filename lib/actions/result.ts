import type { CommandFailure, CommandResult } from '@/domain/errors';

export { ActionError, fieldError, NOT_FOUND_MESSAGE, type ErrorCode, type FieldErrors } from '@/domain/errors';

/** What every server action returns. Client forms show `fieldErrors` beside the fields. */
export type ActionFailure = CommandFailure;
export type ActionResult<T> = CommandResult<T>;
