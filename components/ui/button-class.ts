import { cn } from './cn';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

const variants: Record<ButtonVariant, string> = {
  primary: 'bg-accent text-accent-fg hover:opacity-90',
  secondary: 'border border-border bg-bg text-fg hover:bg-bg-subtle',
  danger: 'bg-danger text-white hover:opacity-90',
  ghost: 'text-fg hover:bg-bg-subtle',
};

/** Button looks, for links and buttons alike (usable from server components). */
export const buttonClass = (variant: ButtonVariant = 'primary', extra?: string) =>
  cn(
    'inline-flex h-9 items-center justify-center gap-2 rounded-md px-3 text-sm font-medium transition disabled:cursor-not-allowed disabled:opacity-60',
    variants[variant],
    extra,
  );
