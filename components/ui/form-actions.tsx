import { Button } from './button';

/** The footer of every dialog form: Cancel, and the submit button (named Confirm unless told). */
export function FormActions({
  onCancel,
  submitting,
  label = 'Confirm',
  disabled,
}: {
  onCancel: () => void;
  submitting?: boolean;
  label?: string;
  disabled?: boolean;
}) {
  return (
    <div className="flex justify-end gap-2">
      <Button variant="secondary" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" disabled={submitting || disabled}>
        {label}
      </Button>
    </div>
  );
}
