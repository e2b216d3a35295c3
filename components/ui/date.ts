/** Dates rendered identically on server and client (UTC), so hydration never disagrees. */
export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function formatDateTime(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** When someone was last active, as a person would say it ("Today", "3 days ago"); `now` from the server. */
export function formatLastActive(date: Date | null, now: Date): string {
  if (!date) return '—';
  const days = Math.floor((Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - date.getTime()) / 86_400_000) + 1;
  if (days <= 0) return 'Today';
  if (days === 1) return 'Yesterday';
  if (days < 30) return `${days} days ago`;
  return formatDate(date);
}
