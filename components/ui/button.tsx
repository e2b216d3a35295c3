'use client';

import { forwardRef, useSyncExternalStore, type ButtonHTMLAttributes } from 'react';
import { buttonClass, type ButtonVariant } from './button-class';

const subscribe = () => () => {};

/** False on the server and while hydrating, true once React handles events on this page. */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}

/**
 * A button stays disabled until the page is hydrated: a click that would otherwise fall on a button
 * with no handler yet (slow device, slow network) is not silently lost.
 */
export const Button = forwardRef<HTMLButtonElement, ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }>(
  function Button({ variant = 'primary', className, type = 'button', disabled, ...props }, ref) {
    const hydrated = useHydrated();
    // data-hydrating marks the wait, so tests can tell "not yet interactive" from "disabled".
    return <button ref={ref} type={type} className={buttonClass(variant, className)} disabled={disabled || !hydrated} data-hydrating={hydrated ? undefined : ''} {...props} />;
  },
);
