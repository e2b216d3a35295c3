'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Plus } from '@/components/ui/icons';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { FormActions } from '@/components/ui/form-actions';
import { Dialog } from '@/components/ui/dialog';
import { Field, FormError } from '@/components/ui/field';
import { useActionForm } from '@/components/forms/use-action-form';
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
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { form, onSubmit, formError, errorOf, submitting } = useActionForm({
    schema: formSchema,
    defaultValues: { slug: '', name: '' },
    action: create,
    onSuccess: (data) => {
      toast.success(`App ${data.slug} created.`);
      setOpen(false);
      form.reset();
      router.push(hrefFor(data.slug));
      router.refresh();
    },
  });
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title="Create App"
      description="The App ID appears in URLs and is unique in this workspace."
      trigger={
        <Button>
          <Plus size={16} aria-hidden /> Create App
        </Button>
      }
    >
      <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
        <Field
          label="App ID"
          hint="2–48 characters: lowercase letters, digits, - and _."
          autoCapitalize="none"
          spellCheck={false}
          {...form.register('slug')}
          error={errorOf('slug')}
        />
        <Field label="App name" {...form.register('name')} error={errorOf('name')} />
        <FormError message={formError} />
        <FormActions onCancel={() => setOpen(false)} submitting={submitting} />
      </form>
    </Dialog>
  );
}
