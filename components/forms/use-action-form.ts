'use client';

import { useState } from 'react';
import { useForm, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/actions/result';

/**
 * react-hook-form bound to the same zod schema the server action parses with. The client check is a
 * courtesy; the action's answer is the truth, and its field errors land beside the same fields.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>(options: {
  schema: S;
  defaultValues: z.input<S>;
  action: (input: z.input<S>) => Promise<ActionResult<T>>;
  onSuccess: (data: T) => void | Promise<void>;
}) {
  const form = useForm<z.input<S>>({
    resolver: zodResolver(options.schema as never) as unknown as Resolver<z.input<S>>,
    defaultValues: options.defaultValues as never,
  });
  const [formError, setFormError] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    let result: ActionResult<T>;
    try {
      result = await options.action(values);
    } catch {
      setFormError('Could not reach the server. Check your connection and try again.');
      return;
    }
    if (result.ok) {
      await options.onSuccess(result.data);
      return;
    }
    const fields = Object.entries(result.fieldErrors ?? {});
    for (const [name, messages] of fields) {
      form.setError(name as Path<z.input<S>>, { type: 'server', message: messages[0] });
    }
    const shownBesideField = fields.some(([name]) => name in (form.getValues() as object));
    if (!shownBesideField) setFormError(result.message);
  });

  const errorOf = (name: string): string | undefined => {
    const error = (form.formState.errors as Record<string, { message?: unknown } | undefined>)[name];
    return typeof error?.message === 'string' ? error.message : undefined;
  };

  return { form, onSubmit, formError, errorOf, submitting: form.formState.isSubmitting };
}
