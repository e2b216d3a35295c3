import type { AppAccessChange, RoleChangeEffect } from '@/lib/permissions';

function Changes({ title, items, tone }: { title: string; items: string[]; tone: 'gain' | 'loss' }) {
  if (items.length === 0) return null;
  return (
    <div>
      <p className={tone === 'gain' ? 'font-medium text-success' : 'font-medium text-danger'}>{title}</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

function appsOf(change: AppAccessChange): string {
  if (change.everyApp) return change.count === 1 ? 'On the one app' : `On every app (${change.count})`;
  const more = change.count - change.names.length;
  return `On ${change.names.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/** Whether a role change changes nothing a member can do (their teams already grant it all). */
export function changesNothing(effect: RoleChangeEffect): boolean {
  return effect.org.gained.length + effect.org.lost.length + effect.apps.length === 0;
}

/**
 * What a role change does to a member's access: organization permissions, then app permissions per group
 * of apps, each as Gains and Loses (lib/permissions roleChangeEffect worked them out).
 */
export function AccessChanges({ effect, nested = false }: { effect: RoleChangeEffect; nested?: boolean }) {
  const Heading = nested ? 'h4' : 'h3';
  return (
    <>
      {effect.org.gained.length > 0 || effect.org.lost.length > 0 ? (
        <section aria-label="In the organization" className="space-y-2">
          <Heading className="font-semibold">In the organization</Heading>
          <Changes title="Gains" items={effect.org.gained} tone="gain" />
          <Changes title="Loses" items={effect.org.lost} tone="loss" />
        </section>
      ) : null}
      {effect.apps.map((apps) => (
        <section key={`${apps.gained.join()}|${apps.lost.join()}`} aria-label={appsOf(apps)} className="space-y-2">
          <Heading className="font-semibold">{appsOf(apps)}</Heading>
          <Changes title="Gains" items={apps.gained} tone="gain" />
          <Changes title="Loses" items={apps.lost} tone="loss" />
        </section>
      ))}
    </>
  );
}
