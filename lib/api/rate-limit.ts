import 'server-only';
import type { LimitState } from '@/lib/limits';
import { problem } from './problem';

/**
 * Each token's allowance of requests a minute (lib/limits; counted in PostgreSQL as the token is read,
 * so every node shares it), announced with the IETF RateLimit headers
 * (draft-ietf-httpapi-ratelimit-headers) on every answer.
 */
export function rateLimitRefusal(state: LimitState): Response | null {
  if (state.ok) return null;
  return problem(
    429,
    `This token made more than ${state.limit} requests in ${state.windowS} seconds. Try again in ${Math.max(1, state.resetS)} seconds.`,
    {},
    {
      ...rateLimitHeaders(state),
      'Retry-After': String(Math.max(1, state.resetS)),
    },
  );
}

function rateLimitHeaders(state: LimitState): Record<string, string> {
  return {
    'RateLimit-Policy': `"token";q=${state.limit};w=${state.windowS}`,
    RateLimit: `"token";r=${state.remaining};t=${state.resetS}`,
  };
}

export function withRateLimitHeaders(response: Response, state: LimitState): Response {
  for (const [name, value] of Object.entries(rateLimitHeaders(state))) response.headers.set(name, value);
  return response;
}
