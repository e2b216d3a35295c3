'use client';

import { forwardRef, useId, type InputHTMLAttributes } from 'react';
import { cn } from '@/components/ui/cn';
import { ACCEPTED_IMAGE_TYPES } from '@/lib/validations/input-files';

type Props = InputHTMLAttributes<HTMLInputElement> & { label: string; hint: string; error?: string };

/**
 * A labelled picker for image files. Its error may name several files, one a line: shown as a list right
 * below it, announced, and tied to the picker like every field's error.
 */
export const ImageFilesField = forwardRef<HTMLInputElement, Props>(function ImageFilesField({ label, hint, error, ...props }, ref) {
  const id = useId();
  const lines = error?.split('\n') ?? [];
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        ref={ref}
        id={id}
        type="file"
        accept={ACCEPTED_IMAGE_TYPES}
        multiple
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : `${id}-hint`}
        className={cn(
          'block w-full rounded-md border border-border bg-bg p-1 text-sm text-fg aria-[invalid=true]:border-danger',
          'file:mr-3 file:rounded file:border-0 file:bg-bg-subtle file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-fg',
        )}
        {...props}
      />
      {error ? (
        <div id={`${id}-error`} role="alert" className="text-xs text-danger">
          {lines.length > 1 ? (
            <ul className="list-disc space-y-0.5 pl-4">
              {lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            <p>{error}</p>
          )}
        </div>
      ) : (
        <p id={`${id}-hint`} className="text-xs text-fg-muted">
          {hint}
        </p>
      )}
    </div>
  );
});
