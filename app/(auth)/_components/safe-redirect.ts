/** Only same-site paths may be redirected to after sign-in (no open redirect through ?callbackUrl=). */
export function safeRedirect(target: string | null | undefined, fallback = '/organizations'): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return fallback;
  return target;
}
