/**
 * Where to go after sign-in, sign-up or switching account (`?callbackUrl=`): only a path of this app,
 * never another site (an open redirect). Browsers strip TAB/CR/LF from URLs and read `\` as `/`, so
 * `/%09/evil.example` or `/\evil.example` would become `//evil.example`; a string check on `//` alone
 * misses those. Runs on the server (pages, actions) and in the browser (the forms re-check before
 * navigating), so it uses nothing but the URL parser.
 */

/** A fixed origin to resolve against: a target that resolves anywhere else is another site. */
const BASE = 'http://roster.invalid';
const MAX_LENGTH = 2000;
/**
 * Control characters (C0, DEL, C1), whitespace, invisible and bidi formatting characters, line and
 * paragraph separators, and backslashes: none belongs in a path we redirect to, and each can make a
 * browser read the URL differently from the parser.
 */
const UNSAFE = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\\]/;

/** The target and its successive percent-decodings (`%252F` → `%2F` → `/`), or null when one is malformed. */
function decodings(target: string): string[] | null {
  const out = [target];
  for (let i = 0; i < 3; i++) {
    let next: string;
    try {
      next = decodeURIComponent(out.at(-1)!);
    } catch {
      return null;
    }
    if (next === out.at(-1)) return out;
    out.push(next);
  }
  return null; // still changing after three rounds: nothing we link to is encoded that deep
}

/** Whether one form of the target is a same-origin path (`/...`, not `//host`, nothing unsafe). */
function isLocalPath(value: string): boolean {
  if (!value.startsWith('/') || value.startsWith('//') || UNSAFE.test(value)) return false;
  try {
    return new URL(value, BASE).origin === BASE;
  } catch {
    return false;
  }
}

/** The target as path + search + hash when it is a path of this app (raw and decoded), else `fallback`. */
export function safeRedirect(target: string | null | undefined, fallback = '/organizations'): string {
  if (typeof target !== 'string' || target.length === 0 || target.length > MAX_LENGTH) return fallback;
  const forms = decodings(target);
  if (!forms || !forms.every(isLocalPath)) return fallback;
  // Re-serialized by the parser, so what the browser navigates to is exactly what was checked.
  const url = new URL(target, BASE);
  return `${url.pathname}${url.search}${url.hash}`;
}
