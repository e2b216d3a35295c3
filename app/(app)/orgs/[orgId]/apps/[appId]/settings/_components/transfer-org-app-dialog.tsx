'use client';

import { TransferAppDialog } from '@/components/apps/transfer-app-dialog';
import { transferOrgAppSchema } from '@/lib/validations/apps';
import { transferOrgAppAction } from '../../../actions';

/** Transfer ownership of an org app to another organization where the user may create apps. */
export function TransferOrgAppDialog({
  orgId,
  app,
  destinations,
}: {
  orgId: string;
  app: { id: string; slug: string };
  destinations: Array<{ id: string; name: string }>;
}) {
  return (
    <TransferAppDialog
      appSlug={app.slug}
      destinations={destinations}
      destinationField="toOrgId"
      description="Choose the organization that will own this app."
      schema={transferOrgAppSchema}
      defaultValues={{ orgId, appId: app.id, toOrgId: destinations[0]?.id ?? '', newName: '', newSlug: '' }}
      action={transferOrgAppAction}
      notice={<TransferNotice />}
    />
  );
}

/** What a transfer takes along and what it leaves: the rules of db/queries/app-transfer.ts, in words. */
export function TransferNotice() {
  return (
    <div className="space-y-2 rounded-md border border-border bg-bg-subtle p-3 text-sm">
      <p>
        <span className="font-medium">Moves with the app:</span> its models, datasets and inputs, concepts, workflows and labeling tasks.
      </p>
      <p>
        <span className="font-medium">Removed:</span> this organization&apos;s team access, deployments to this organization&apos;s
        clusters, and task assignments (with their annotations) of people who are not members of the new organization.
      </p>
      <p>
        <span className="font-medium">Stays here:</span> past costs.
      </p>
    </div>
  );
}
