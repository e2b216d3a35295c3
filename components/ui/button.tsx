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

/**
 * Said on every button that waits (its title, which is also its accessible description): a page whose
 * scripts never load (JavaScript off, or blocked) would otherwise show dead buttons with no reason.
 */
export const HYDRATING_REASON = 'Available once the page has loaded (needs JavaScript).';

const waiting = { disabled: true, 'data-hydrating': '', title: HYDRATING_REASON } as ButtonHTMLAttributes<HTMLButtonElement>;

/**
 * A menu's, popover's or dialog's trigger as rendered before hydration: alone, disabled, without its
 * Radix root. The roots (providers, popper, collections, ids) are the costliest part of a signed-in
 * page's server render (`npm run bench`), and a trigger cannot open anything before hydration anyway;
 * once hydrated, the component renders the root around the same trigger.
 */
export function untilHydrated(trigger: ReactElement<ButtonHTMLAttributes<HTMLButtonElement>>): ReactElement {
  return cloneElement(trigger, waiting);
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  /**
   * The submit button of a form whose `action` is a server action: the browser posts that form itself
   * before hydration (or without JavaScript), so the button never waits.
   */
  postsWithoutScript?: boolean;
};

/**
 * A button stays disabled until the page is hydrated, saying why (HYDRATING_REASON): a click that would
 * otherwise fall on a button with no handler yet (slow device, slow network) is not silently lost. Only
 * a button whose form the browser can post itself is enabled from the start.
 */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'primary', className, type = 'button', disabled, postsWithoutScript, title, ...props },
  ref,
) {
  const hydrated = useHydrated();
  const waits = !hydrated && !postsWithoutScript;
  // data-hydrating marks the page as not yet hydrated, so tests can tell "not yet interactive" from "disabled".
  return (
    <button
      ref={ref}
      type={type}
      className={buttonClass(variant, className)}
      disabled={disabled || waits}
      title={waits ? HYDRATING_REASON : title}
      data-hydrating={hydrated ? undefined : ''}
      {...props}
    />
  );
});
