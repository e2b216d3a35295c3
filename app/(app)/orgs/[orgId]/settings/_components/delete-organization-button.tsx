'use client';

import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { TypeToConfirmDialog } from '@/components/ui/type-to-confirm-dialog';
import { deleteOrganizationAction } from '@/app/(app)/organizations/actions';

/** `Delete organization`, confirmed by typing the Organization ID; then off to the organizations list. */
export function DeleteOrganizationButton({ org }: { org: { id: string; name: string } }) {
  const router = useRouter();
  return (
    <TypeToConfirmDialog
      trigger={<Button variant="danger">Delete organization</Button>}
      title={`Delete ${org.name}?`}
      description="This deletes the organization with all its members, teams, apps and history. It cannot be undone."
      expected={org.id}
      hint="The Organization ID, as it appears in the address bar."
      action={(confirmation) => deleteOrganizationAction({ orgId: org.id, confirmation })}
      onDone={() => {
        toast.success(`${org.name} was deleted.`);
        router.replace('/organizations');
        router.refresh();
      }}
    />
  );
}
