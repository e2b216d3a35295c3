import { buttonClass } from '@/components/ui/button-class';
import { inputClass } from '@/components/ui/field';

/** The apps search: a plain GET form (`?q=`), so the server searches and the result is a URL. */
export function AppSearch({ action, q }: { action: string; q: string | undefined }) {
  return (
    <form role="search" className="mb-4 flex max-w-md gap-2" action={action}>
      <label htmlFor="apps-search" className="sr-only">
        Search apps
      </label>
      <input
        id="apps-search"
        name="q"
        type="search"
        defaultValue={q}
        maxLength={100}
        placeholder="Search by App ID or name"
        className={inputClass}
      />
      <button type="submit" className={buttonClass('secondary')}>
        Search
      </button>
    </form>
  );
}
