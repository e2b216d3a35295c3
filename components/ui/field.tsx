import { forwardRef, useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { cn } from './cn';

/** Text inputs and selects (the utilities are in globals.css, class `input`). */
export const inputClass = 'input';

type Labelled = { label: string; error?: string; hint?: string };
type FieldProps = InputHTMLAttributes<HTMLInputElement> & Labelled;
type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & Labelled;

/**
 * The label, hint and error around one control, and the attributes that tie them to it: the error is
 * announced (role alert) and described by (aria-describedby), shown right below the control.
 */
function useLabelled(id: string | undefined, { hint, error }: { hint?: string; error?: string }) {
  const autoId = useId();
  const controlId = id ?? autoId;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const control = {
    id: controlId,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': cn(hint && !error && hintId, error && errorId) || undefined,
  };
  const frame = (label: string, className: string | undefined, element: ReactNode) => (
    <div className={cn('flex flex-col gap-1', className)}>
      <label htmlFor={controlId} className="text-sm font-medium">
        {label}
      </label>
      {element}
      {hint && !error ? (
        <p id={hintId} className="text-xs text-fg-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
  return { control, frame };
}

/** A labelled input whose error is announced and tied to it, shown right below it. */
export const Field = forwardRef<HTMLInputElement, FieldProps>(function Field({ label, error, hint, className, id, ...props }, ref) {
  const { control, frame } = useLabelled(id, { hint, error });
  return frame(
    label,
    className,
    <input ref={ref} {...control} className={cn(inputClass, 'read-only:bg-bg-subtle read-only:text-fg-muted')} {...props} />,
  );
});

/** The multi-line twin of `Field`: same label, hint and announced error. */
export const TextAreaField = forwardRef<HTMLTextAreaElement, TextAreaFieldProps>(function TextAreaField(
  { label, error, hint, className, id, rows = 3, ...props },
  ref,
) {
  const { control, frame } = useLabelled(id, { hint, error });
  return frame(label, className, <textarea ref={ref} rows={rows} {...control} className={cn(inputClass, 'h-auto py-2')} {...props} />);
});

export function FormError({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-md border border-danger/40 bg-danger/10 px-3 py-2 text-sm text-danger">
      {message}
    </p>
  );
}
