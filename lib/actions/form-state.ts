import type { ActionFailure } from './result';

/**
 * What a form posted by the browser itself (before hydration, or with JavaScript off) gets back from its
 * server action: the refusal, with the values to fill in again (never a password). Success redirects, so
 * it has no state. Imported by client forms too: types and pure helpers only.
 */
export type FormFailure = ActionFailure & { values: Record<string, string> };
export type FormState = FormFailure | null;

/**
 * One text field of a posted form ('' when missing, or when a file was sent in its place). A server
 * action is a public endpoint: anything may arrive where the form's FormData should be, and reads as
 * an empty form.
 */
export function formText(formData: unknown, name: string): string {
  const value = formData instanceof FormData ? formData.get(name) : null;
  return typeof value === 'string' ? value : '';
}

/** A failure, keeping the given values for the page the browser shows next. */
export function formFailure(failure: ActionFailure, values: Record<string, string> = {}): FormFailure {
  return {
    ok: false,
    code: failure.code,
    message: failure.message,
    ...(failure.fieldErrors ? { fieldErrors: failure.fieldErrors } : {}),
    values,
  };
}
