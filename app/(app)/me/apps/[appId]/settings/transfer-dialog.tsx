'use client';

import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { FormDialog } from '@/components/forms/form-dialog';
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
    <FormDialog
      title={`Transfer ${appSlug}`}
      description="Choose the organization that will own this app."
      trigger={<Button variant="secondary">Transfer</Button>}
      schema={transferAppSchema}
      defaultValues={{ appId, orgId: destinations[0]?.id ?? '', newName: '', newSlug: '' }}
      action={transferAppAction}
      success={() => `${appSlug} now belongs to the organization.`}
      redirectTo={(data) => `/orgs/${data.orgId}/apps/${data.slug}`}
    >
      {({ field }) => (
        <>
          <SelectField label="Organization" options={destinations.map((d) => ({ value: d.id, label: d.name }))} {...field('orgId')} />
          <Field label="New name" hint="Optional: leave empty to keep the current name." {...field('newName')} />
          <Field
            label="New App ID"
            hint="Optional: needed only if the organization already has this App ID."
            autoCapitalize="none"
            spellCheck={false}
            {...field('newSlug')}
          />
        </>
      )}
    </FormDialog>
  );
}
