'use client';

import { useActionState, useState, type FormEvent } from 'react';
import { useForm, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/actions/result';
import type { FormState } from '@/lib/actions/form-state';

/**
 * A form that works before hydration and without JavaScript. Until React runs, the browser posts it to
 * `formAction` (a server action taking FormData, redirecting on success); the answer comes back as
 * state and is shown beside the fields, with the typed values kept. Once hydrated, submitting is as in
 * every other form (components/forms/use-action-form.ts): the same zod schema checks on the client,
 * then `action` runs without a reload.
 *
 * The inputs carry their values as `defaultValue` and react-hook-form is given no defaults: it adopts
 * what is in each input when it registers it, so text typed before hydration is not wiped.
 */
export function useProgressiveForm<S extends z.ZodType<FieldValues, FieldValues>, T>(options: {
  schema: S;
  fields: string[];
  action: (input: z.input<S>) => Promise<ActionResult<T>>;
  /** Values not typed by the user (hidden inputs), sent with the hydrated submission too. */
  hidden?: Record<string, string>;
  onSuccess: (data: T) => void | Promise<void>;
  formAction: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [posted, formAction, pending] = useActionState(options.formAction, null);
  // A posted answer already replaced by a hydrated submission's own is no longer shown.
  const [outdated, setOutdated] = useState<FormState>(null);
  const shown = posted === outdated ? null : posted;
  const form = useForm<z.input<S>>({ resolver: zodResolver(options.schema as never) as unknown as Resolver<z.input<S>> });
  const [formError, setFormError] = useState<string | null>(null);

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    let result: ActionResult<T>;
    try {
      result = await options.action({ ...values, ...options.hidden } as z.input<S>);
    } catch {
      setFormError('Could not reach the server. Check your connection and try again.');
      return;
    }
    if (result.ok) return options.onSuccess(result.data);
    const fields = Object.entries(result.fieldErrors ?? {}).filter(([name]) => options.fields.includes(name));
    for (const [name, messages] of fields) form.setError(name as Path<z.input<S>>, { type: 'server', message: messages[0] });
    if (fields.length === 0) setFormError(result.message);
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    setOutdated(posted);
    return submit(event);
  };

  const errorOf = (name: string): string | undefined => {
    const error = (form.formState.errors as Record<string, { message?: unknown } | undefined>)[name];
    if (typeof error?.message === 'string') return error.message;
    return shown?.fieldErrors?.[name]?.[0];
  };
  const postedFieldError = options.fields.some((name) => shown?.fieldErrors?.[name]);
  const message = formError ?? (shown && !postedFieldError ? shown.message : null);
  /** What an input shows when the page is rendered: the value posted last, else the given default. */
  const valueOf = (name: string, fallback = ''): string => posted?.values[name] ?? fallback;

  return {
    formProps: { action: formAction, onSubmit, noValidate: true },
    register: (name: string) => form.register(name as Path<z.input<S>>),
    errorOf,
    valueOf,
    formError: message,
    submitting: form.formState.isSubmitting || pending,
  };
}
