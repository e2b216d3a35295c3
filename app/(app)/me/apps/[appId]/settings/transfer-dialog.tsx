'use client';

import { TransferAppDialog } from '@/components/apps/transfer-app-dialog';
import { transferAppSchema } from '@/lib/validations/apps';
import { transferAppAction } from '../../actions';

export function TransferDialog({
  appId,
  appSlug,
  destinations,
}: {
  appId: string;
  appSlug: string;
  destinations: Array<{ id: string; name: string }>;
}) {
  return (
    <TransferAppDialog
      appSlug={appSlug}
      destinations={destinations}
      destinationField="orgId"
      description="Choose the organization that will own this app."
      schema={transferAppSchema}
      defaultValues={{ appId, orgId: destinations[0]?.id ?? '', newName: '', newSlug: '' }}
      action={transferAppAction}
    />
  );
}
