import { ShieldCheck } from '@/components/ui/icons';

/** What a manager may not change on a team a SCIM group manages, and what they still may. */
export const MANAGED_TEAM_NOTE =
  "Its members and name come from your identity provider's group; change them there. What the team grants on apps is managed here.";

/** Marks a team a SCIM group manages (its members, name and existence are the identity provider's). */
export function ManagedBadge() {
  return (
    // It may wrap: on a phone, a table column no wider than the badge's longest word still fits the screen.
    <span className="inline-flex max-w-full items-center gap-1 rounded-lg border border-border bg-bg-subtle px-2 py-0.5 text-xs font-medium text-fg-muted">
      <ShieldCheck size={12} className="shrink-0" aria-hidden />
      Managed by your identity provider
    </span>
  );
}
