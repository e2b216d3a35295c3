import type { z } from 'zod';
import type { CommandFailure, FieldErrors } from '@/domain/errors';

/**
 * PostgreSQL text cannot hold NUL characters; left alone, one in any field would fail the query and
 * answer INTERNAL. Refused up front, beside the field, for every action.
 */
function nulCharacterField(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') || '_form' : null;
  if (depth > 8 || value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    const found = nulCharacterField(child, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

export function parseInput<S extends z.ZodType>(
  schema: S,
  raw: unknown,
): { ok: true; data: z.output<S> } | { ok: false; failure: CommandFailure } {
  const nulField = nulCharacterField(raw);
  if (nulField) {
    const message = 'This text contains a character that is not allowed (NUL).';
    return { ok: false, failure: { ok: false, code: 'VALIDATION', message, fieldErrors: { [nulField]: [message] } } };
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, failure: validationFailure(parsed.error) };
}

function validationFailure(error: z.ZodError): CommandFailure {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_form';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, code: 'VALIDATION', message: 'Check the highlighted fields.', fieldErrors };
}
