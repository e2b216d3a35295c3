'use client';

import { cloneElement, forwardRef, useSyncExternalStore, type ButtonHTMLAttributes, type ReactElement } from 'react';
import { buttonClass, type ButtonVariant } from './button-class';

const subscribe = () => () => {};

/** False on the server and while hydrating, true once React handles events on this page. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

const waiting = { disabled: true, 'data-hydrating': '' } as ButtonHTMLAttributes<HTMLButtonElement>;

/**
 * A menu's, popover's or dialog's trigger as rendered before hydration: alone, disabled, without its
 * Radix root. The roots (providers, popper, collections, ids) are the costliest part of a signed-in
 * page's server render (`npm run bench`), and a trigger cannot open anything before hydration anyway;
 * once hydrated, the component renders the root around the same trigger.
 */
export function untilHydrated(trigger: ReactElement<ButtonHTMLAttributes<HTMLButtonElement>>): ReactElement {
  return cloneElement(trigger, waiting);
}

/**
 * A button stays disabled until the page is hydrated: a click that would otherwise fall on a button
 * with no handler yet (slow device, slow network) is not silently lost.
 */
export const Button = forwardRef<HTMLButtonElement, ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }>(function Button(
  { variant = 'primary', className, type = 'button', disabled, ...props },
  ref,
) {
  const hydrated = useHydrated();
  // data-hydrating marks the wait, so tests can tell "not yet interactive" from "disabled".
  return (
    <button
      ref={ref}
      type={type}
      className={buttonClass(variant, className)}
      disabled={disabled || !hydrated}
      data-hydrating={hydrated ? undefined : ''}
      {...props}
    />
  );
});
