import { buttonClass } from '@/components/ui/button-class';
import { inputClass } from '@/components/ui/field';

/**
 * A list's search box: a plain GET form, so the server searches and the result is a URL (and works before
 * hydration). `label` is the field's accessible name (SPEC §8: `Search apps`, …); `name` its query parameter.
 */
export function SearchForm({
  id,
  action,
  label,
  name = 'q',
  q,
  placeholder,
  className = 'mb-4',
}: {
  id: string;
  action: string;
  label: string;
  name?: string;
  q: string | undefined;
  placeholder: string;
  className?: string;
}) {
  return (
    <form role="search" className={`${className} flex max-w-md gap-2`} action={action}>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input id={id} name={name} type="search" defaultValue={q} maxLength={100} placeholder={placeholder} className={inputClass} />
      <button type="submit" className={buttonClass('secondary')}>
        Search
      </button>
    </form>
  );
}
