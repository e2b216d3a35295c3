import { cn } from './cn';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

/** Button looks, for links and buttons alike (usable from server components); the classes are in globals.css. */
export const buttonClass = (variant: ButtonVariant = 'primary', extra?: string) => cn('btn', `btn-${variant}`, extra);
