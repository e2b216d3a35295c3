import { useEffect } from 'react';
import type { FieldValues, Path, PathValue, UseFormReturn } from 'react-hook-form';
import { suggestId } from './suggest-id';

/**
 * Fills the `to` field (an ID) with `suggestId` of the `from` field (a name) as the name is typed, until
 * the person types in the ID themselves; emptying the ID lets the name suggest again (as GitHub and Vercel do).
 */
export function useIdSuggestion<F extends FieldValues>(form: UseFormReturn<F>, from: Path<F>, to: Path<F>): void {
  useEffect(() => {
    // The ID the person typed wins. A mutable flag, not state: no render depends on it.
    let typedByHand = form.getValues(to) !== '';
    const subscription = form.watch((values, { name, type }) => {
      // `type` is 'change' only for an input event: the setValue below comes back here without one.
      if (type !== 'change') return;
      if (name === to) {
        typedByHand = form.getValues(to) !== '';
      } else if (name === from && !typedByHand) {
        const suggestion = suggestId(String(form.getValues(from) ?? '')) as PathValue<F, Path<F>>;
        // After a refused submit the ID's error follows the new suggestion; before it, no error while typing.
        form.setValue(to, suggestion, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
      }
    });
    return () => subscription.unsubscribe();
  }, [form, from, to]);
}
