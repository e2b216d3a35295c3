'use client';

import { Plus } from '@/components/ui/icons';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormDialog } from '@/components/forms/form-dialog';
import { IdField } from '@/components/forms/id-field';
import type { ActionResult } from '@/lib/actions/result';
import { appSlugSchema } from '@/lib/validations/apps';
import { nameSchema } from '@/lib/validations/common';

const formSchema = z.object({ slug: appSlugSchema, name: nameSchema('an app name') });

/** Create App for an organization or the personal workspace; `hrefFor` says where the new app lives. */
export function CreateAppDialog({
  create,
  hrefFor,
}: {
  create: (input: { slug: string; name: string }) => Promise<ActionResult<{ id: string; slug: string }>>;
  hrefFor: (slug: string) => string;
}) {
  return (
    <FormDialog
      title="Create App"
      description="The App ID appears in URLs and is unique in this workspace."
      trigger={
        <Button>
          <Plus size={16} aria-hidden /> Create App
        </Button>
      }
      schema={formSchema}
      defaultValues={{ slug: '', name: '' }}
      action={create}
      success={(data) => `App ${data.slug} created.`}
      redirectTo={(data) => hrefFor(data.slug)}
    >
      {({ form, field }) => (
        <>
          {/* The name first: the ID is suggested from it. */}
          <Field label="App name" {...field('name')} />
          <IdField label="App ID" form={form} from="name" {...field('slug')} />
        </>
      )}
    </FormDialog>
  );
}
