'use client';

import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { ActionResult } from '@/lib/actions/result';

/** A `Delete` button (accessible name `label`) that asks first, naming what will be lost. */
export function DeleteButton<T>({
  label,
  title,
  description,
  action,
  success,
  text = 'Delete',
}: {
  label: string;
  title: string;
  description: ReactNode;
  action: () => Promise<ActionResult<T>>;
  success: string;
  text?: string;
}) {
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="secondary" aria-label={label}>
          {text}
        </Button>
      }
      title={title}
      description={description}
      action={action}
      onDone={() => {
        toast.success(success);
        router.refresh();
      }}
    />
  );
}
