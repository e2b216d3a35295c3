import type { Metadata } from 'next';
import { AppLink } from '@/components/ui/app-link';
import { getDb } from '@/db';
import { orgsAllowingTokensWithoutExpiry } from '@/db/queries/organizations';
import { readPlanUsage } from '@/db/queries/seats';
import { requireOrgAccess } from '@/lib/auth/access';
import { planOf } from '@/lib/billing/plans';
import { usedPhrase } from '@/lib/billing/seats';
import { can } from '@/lib/permissions';
import { OrganizationSettingsForm } from './_components/organization-settings-form';
import { DeleteOrganizationButton } from './_components/delete-organization-button';
import { PlanForm } from './_components/plan-form';

export const metadata: Metadata = { title: 'Organization settings' };

export default async function OrganizationSettingsPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const { org, role } = await requireOrgAccess(orgId, 'org.settings');
  const db = await getDb();
  const [usage, allowing] = await Promise.all([readPlanUsage(db, orgId), orgsAllowingTokensWithoutExpiry(db, [orgId])]);
  const allowTokensWithoutExpiry = allowing.includes(orgId);
  const plan = planOf(usage?.plan ?? '');
  return (
    <main className="space-y-6 p-4 sm:p-6">
      <div>
        <h1 className="text-xl font-semibold">Organization settings</h1>
        <p className="text-sm text-fg-muted">
          The organization&apos;s name, where its billing mail goes, how long its API tokens may live, and its plan.
        </p>
      </div>

      <section aria-labelledby="general-heading" className="rounded-lg border border-border p-4">
        <h2 id="general-heading" className="font-semibold">
          General
        </h2>
        <dl className="mt-2 mb-4 text-sm">
          <dt className="text-fg-muted">Organization ID</dt>
          <dd>
            <code>{org.id}</code> <span className="text-fg-muted">— in every address of the organization; it cannot be changed.</span>
          </dd>
        </dl>
        {/* Keyed by the saved values: after a save elsewhere (another tab, another Admin), a reload shows them. */}
        <OrganizationSettingsForm
          key={JSON.stringify([org.name, org.billingEmail, allowTokensWithoutExpiry])}
          org={org}
          allowTokensWithoutExpiry={allowTokensWithoutExpiry}
        />
      </section>

      {usage ? (
        <section aria-labelledby="plan-heading" className="rounded-lg border border-border p-4">
          <h2 id="plan-heading" className="font-semibold">
            Plan
          </h2>
          <p className="mt-1 mb-4 text-sm text-fg-muted">
            The {plan.label} plan includes {plan.seats === null ? 'unlimited seats' : `${plan.seats} seats`}; {usedPhrase(usage)}. Members
            and pending invitations each take a seat; invitations beyond the seats left are refused. No payment is taken here.
          </p>
          <PlanForm key={plan.key} orgId={org.id} plan={plan.key} />
        </section>
      ) : null}

      <section aria-labelledby="provisioning-heading" className="rounded-lg border border-border p-4">
        <h2 id="provisioning-heading" className="font-semibold">
          <AppLink href={`/orgs/${org.id}/settings/provisioning`} className="text-accent underline-offset-2 hover:underline">
            Provisioning (SCIM)
          </AppLink>
        </h2>
        <p className="mt-1 text-sm text-fg-muted">
          Let the organization&apos;s identity provider (Okta, Microsoft Entra ID, Google, JumpCloud) add, update and remove members.
        </p>
      </section>

      {can(role, 'org.delete') ? (
        <section aria-labelledby="danger-heading" className="rounded-lg border border-danger/40 p-4">
          <h2 id="danger-heading" className="font-semibold">
            Danger zone
          </h2>
          <p className="mt-1 mb-3 text-sm text-fg-muted">
            Deleting the organization deletes its members&apos; access, its teams, apps, compute and audit log. It cannot be undone.
          </p>
          <DeleteOrganizationButton org={{ id: org.id, name: org.name }} />
        </section>
      ) : null}
    </main>
  );
}
