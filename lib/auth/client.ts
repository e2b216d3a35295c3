import 'server-only';
import { headers } from 'next/headers';

export type RequestClient = { userAgent: string | null; ip: string | null };

/**
 * The client's address. Next sets X-Forwarded-For from the socket when the request has none, and a
 * reverse proxy appends the address it saw: the last entry is the one no client can choose when Roster
 * runs behind a proxy (README: run it behind one that sets X-Forwarded-For).
 */
export function clientIp(source: Headers): string | null {
  const last = source
    .get('x-forwarded-for')
    ?.split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1);
  return last ? last.slice(0, 64) : null;
}

/** Who is asking, as far as the request tells: for session lists and per-address limits. */
export async function requestClient(): Promise<RequestClient> {
  const source = await headers();
  return { userAgent: source.get('user-agent')?.slice(0, 512) ?? null, ip: clientIp(source) };
}
