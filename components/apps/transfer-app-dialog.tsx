'use client';

import { useState, type ReactNode } from 'react';
import type { FieldValues, Path } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/actions/result';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { FormDialog } from '@/components/forms/form-dialog';

type Schema = z.ZodType<FieldValues, FieldValues>;

/**
 * Transfer ownership of an app (SPEC §5: `Transfer` → `Organization`, `New name`, `Confirm`), for a
 * personal app and an organization's app alike. `New App ID` appears when the destination already uses
 * the App ID: the server's message is shown beside it, and the user picks another there.
 */
export function TransferAppDialog<S extends Schema>({
  appSlug,
  destinations,
  destinationField,
  schema,
  defaultValues,
  action,
  description,
  notice,
}: {
  appSlug: string;
  destinations: Array<{ id: string; name: string }>;
  /** The schema's key for the destination organization (`orgId` for a personal app, `toOrgId` for an org app). */
  destinationField: string;
  schema: S;
  defaultValues: z.input<S>;
  action: (input: z.input<S>) => Promise<ActionResult<{ orgId: string; slug: string }>>;
  description: string;
  /** What moves with the app and what does not, shown above the fields. */
  notice?: ReactNode;
}) {
  // The field names are the transfer schemas' own; the cast only spares each caller a generic bound.
  const name = (key: string) => key as Path<z.input<S>>;
  return (
    <FormDialog
      title={`Transfer ${appSlug}`}
      description={description}
      trigger={<Button variant="secondary">Transfer</Button>}
      schema={schema}
      defaultValues={defaultValues}
      action={action}
      success={(data) => `${appSlug} now belongs to ${destinations.find((d) => d.id === data.orgId)?.name ?? 'the organization'}.`}
      // The actor may create apps there, so their role there lets them open it (SPEC §3.3).
      redirectTo={(data) => `/orgs/${data.orgId}/apps/${data.slug}`}
    >
      {({ field, errorOf }) => (
        <>
          {notice}
          <SelectField
            label="Organization"
            options={destinations.map((d) => ({ value: d.id, label: d.name }))}
            {...field(name(destinationField))}
          />
          <Field label="New name" hint="Optional: leave empty to keep the current name." {...field(name('newName'))} />
          <ShownOnceNeeded needed={Boolean(errorOf('newSlug'))}>
            <Field label="New App ID" autoCapitalize="none" spellCheck={false} {...field(name('newSlug'))} />
          </ShownOnceNeeded>
        </>
      )}
    </FormDialog>
  );
}

/** Hidden until first needed, then kept: the user fixing the clash does not see the field vanish under them. */
function ShownOnceNeeded({ needed, children }: { needed: boolean; children: ReactNode }) {
  const [shown, setShown] = useState(needed);
  if (needed && !shown) setShown(true);
  return needed || shown ? children : null;
}
