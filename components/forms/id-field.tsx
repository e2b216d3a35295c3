'use client';

import type { FieldValues, Path, UseFormRegisterReturn, UseFormReturn } from 'react-hook-form';
import { Field } from '@/components/ui/field';
import { useIdSuggestion } from '@/lib/ids/use-id-suggestion';

type IdFieldProps<F extends FieldValues> = UseFormRegisterReturn & {
  label: string;
  error?: string;
  form: UseFormReturn<F>;
  /** The name field the ID is suggested from. */
  from: Path<F>;
};

/** An organization, team or app ID field, filled from the name as it is typed until edited by hand. */
export function IdField<F extends FieldValues>({ form, from, label, ...registration }: IdFieldProps<F>) {
  // The registration is this form's own (FormDialog's `field`), so its name is one of the form's paths.
  useIdSuggestion(form, from, registration.name as Path<F>);
  return (
    <Field
      label={label}
      hint="Suggested from the name; edit it if you like. 2–48 characters: lowercase letters, digits, - and _."
      autoCapitalize="none"
      autoComplete="off"
      spellCheck={false}
      {...registration}
    />
  );
}
