'use client';

import type { SelectHTMLAttributes } from 'react';

/**
 * A filter of a GET form (a list's search form): choosing an option submits the form. Without scripts it
 * is a plain select, and the form's own button applies it.
 */
export function FilterSelect(props: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select {...props} onChange={(event) => event.currentTarget.form?.requestSubmit()} />;
}
