import 'server-only';
import type { z } from 'zod';
import type { FieldErrors } from '@/domain/errors';
import { NOT_FOUND_MESSAGE } from '@/domain/errors';
import { parseInput } from '@/lib/validations/parse';
import { problem } from './problem';

/** The largest request body read (a list of 100 invitations is far below it). */
const MAX_BODY_BYTES = 256 * 1024;

/** Field errors as RFC 9457 `errors` members: a JSON pointer into the body (or a query parameter's name) and what is wrong. */
export function errorMembers(fieldErrors: FieldErrors | undefined, where: 'pointer' | 'parameter'): Array<Record<string, string>> {
  return Object.entries(fieldErrors ?? {}).flatMap(([field, messages]) =>
    messages.map((detail) => ({
      detail,
      [where]: where === 'pointer' ? (field === '_form' ? '#' : `#/${field.split('.').join('/')}`) : field,
    })),
  );
}

/** Path parameters: anything malformed names nothing that exists (404). */
export function readParams<S extends z.ZodType>(schema: S, raw: Record<string, string>): z.output<S> | Response {
  const parsed = parseInput(schema, raw);
  return parsed.ok ? parsed.data : problem(404, NOT_FOUND_MESSAGE);
}

/** Query parameters (each given once; a repeated one is read as its first value). */
export function readQuery<S extends z.ZodType>(schema: S, url: URL): z.output<S> | Response {
  const raw: Record<string, string> = {};
  for (const [name, value] of url.searchParams) raw[name] ??= value;
  const parsed = parseInput(schema, raw);
  if (parsed.ok) return parsed.data;
  return problem(400, 'Check the query parameters.', { errors: errorMembers(parsed.failure.fieldErrors, 'parameter') });
}

/** A JSON body: 415 if not sent as JSON, 400 if it does not parse, 422 with field errors if it is not what the operation takes. */
export async function readJsonBody<S extends z.ZodType>(schema: S, request: Request): Promise<z.output<S> | Response> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) return problem(415, 'Send the body as JSON (Content-Type: application/json).');
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return problem(413, `The body is larger than ${MAX_BODY_BYTES / 1024} KB.`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return problem(400, 'The body is not valid JSON.');
  }
  const parsed = parseInput(schema, raw);
  if (parsed.ok) return parsed.data;
  return problem(422, parsed.failure.message, { errors: errorMembers(parsed.failure.fieldErrors, 'pointer') });
}
