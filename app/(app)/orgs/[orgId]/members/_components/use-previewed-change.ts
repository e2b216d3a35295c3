'use client';

import { useEffect, useState } from 'react';
import type { ActionResult } from '@/lib/actions/result';

const unreachable = { ok: false as const, code: 'INTERNAL' as const, message: 'Could not reach the server. Try again.' };

/**
 * A change that is previewed before it is confirmed (role changes): the preview is read from the server
 * when the dialog opens (again whenever `key` changes), and `confirm` runs the change, keeping its
 * refusal to show in place. Nothing changes until `confirm`.
 */
export function usePreviewedChange<P, R>(
  key: string,
  preview: () => Promise<ActionResult<P>>,
  change: () => Promise<ActionResult<R>>,
  onChanged: (result: R) => void,
) {
  const [previewed, setPreviewed] = useState<ActionResult<P> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let current = true;
    preview()
      .catch(() => unreachable)
      .then((result) => current && setPreviewed(result));
    return () => {
      current = false;
    };
    // `key` says what is previewed: the preview function itself is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  async function confirm() {
    setBusy(true);
    const result = await change().catch(() => unreachable);
    setBusy(false);
    if (!result.ok) return setError(result.message);
    onChanged(result.data);
  }
  return { preview: previewed, effect: previewed?.ok ? previewed.data : null, error, busy, confirm };
}
