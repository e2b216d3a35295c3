/**
 * API errors as RFC 9457 problem details (`application/problem+json`): the status, its title, a detail
 * for this occurrence, and extension members (field errors).
 */
export type Problem = { type: string; title: string; status: number; detail?: string; [extension: string]: unknown };

// With type about:blank, the title is the status's own phrase (RFC 9457 §4.2.1).
const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

export function problem(status: number, detail?: string, extensions: Record<string, unknown> = {}, headers: HeadersInit = {}): Response {
  const body: Problem = {
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    ...(detail ? { detail } : {}),
    ...extensions,
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', ...headers },
  });
}

/** A JSON answer of the API. */
export function json(body: unknown, init: { status?: number; headers?: HeadersInit } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...init.headers },
  });
}

/** An operation's answer: its status (the operation's success status by default), body and headers. */
export type Reply = { status?: number; body?: unknown; headers?: Record<string, string> };

/** A reply as an HTTP response (204: no body). */
export function replyResponse(reply: Reply, successStatus: number): Response {
  const status = reply.status ?? successStatus;
  if (status === 204) return new Response(null, { status, headers: { 'Cache-Control': 'no-store', ...reply.headers } });
  return json(reply.body ?? {}, { status, headers: reply.headers });
}
