'use client';

import { useId, useState, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, TextAreaField } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { APP_PERMISSION_DEFS, ORG_PERMISSION_DEFS } from '@/lib/permissions';
import { SCOPE_GROUPS, type Scope } from '@/lib/permissions/scopes';

/**
 * What a new personal token and a new organization API key are both given (lib/validations/tokens.ts
 * `tokenGrantShape`): an expiry and scopes, and afterwards the secret, shown once. One set of fields so
 * the two dialogs cannot drift apart.
 */

/** A field's registration and its error, as FormDialog's `field(name)` hands it out. */
type Registered = UseFormRegisterReturn & { error?: string };

const scopeLabel = (scope: Scope) =>
  (scope in ORG_PERMISSION_DEFS
    ? ORG_PERMISSION_DEFS[scope as keyof typeof ORG_PERMISSION_DEFS]
    : APP_PERMISSION_DEFS[scope as keyof typeof APP_PERMISSION_DEFS]
  ).label;

const DATED_EXPIRATIONS = [
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: 'custom', label: 'On a date…' },
];
const NO_EXPIRATION = { value: 'none', label: 'No expiration' };

/** The dated choice a form falls back to when `No expiration` is taken away. */
export const DEFAULT_EXPIRATION = '30';

/**
 * `Expiration`, and `Expires on` while `On a date…` is chosen. `No expiration` is offered only where the
 * organization allows it; the command asks again.
 */
export function ExpirationFields({
  allowsNoExpiration,
  onDate,
  expiration,
  expiresOn,
}: {
  allowsNoExpiration: boolean;
  /** Whether `On a date…` is the current choice (the form's watched value). */
  onDate: boolean;
  expiration: Registered;
  expiresOn: Registered;
}) {
  return (
    <>
      <SelectField
        label="Expiration"
        options={allowsNoExpiration ? [...DATED_EXPIRATIONS, NO_EXPIRATION] : DATED_EXPIRATIONS}
        {...expiration}
      />
      {onDate ? <Field label="Expires on" type="date" {...expiresOn} /> : null}
    </>
  );
}

/** One checkbox per scope, grouped by area as read and write (GitHub's fine-grained tokens), with its error. */
export function ScopeFieldset({ registration, error }: { registration: UseFormRegisterReturn; error?: string }) {
  const errorId = useId();
  return (
    <fieldset aria-describedby={error ? errorId : undefined} className="space-y-3">
      <legend className="text-sm font-medium">Scopes</legend>
      {SCOPE_GROUPS.map((group) => (
        <div key={group.area} role="group" aria-label={`${group.area} scopes`} className="rounded-md border border-border p-3">
          <p className="mb-2 text-sm font-semibold">{group.area}</p>
          {(['read', 'write'] as const).map((kind) =>
            group[kind].length === 0 ? null : (
              <div key={kind} className="mb-2">
                <p className="text-xs tracking-wide text-fg-muted uppercase">{kind}</p>
                {group[kind].map((scope) => (
                  <label key={scope} className="flex items-start gap-2 py-0.5 text-sm">
                    <input type="checkbox" value={scope} className="mt-1 size-4 shrink-0 accent-accent" {...registration} />
                    <span className="min-w-0 break-words">
                      {scopeLabel(scope)} <code className="text-xs text-fg-muted">{scope}</code>
                    </span>
                  </label>
                ))}
              </div>
            ),
          )}
        </div>
      ))}
      {error ? (
        <p id={errorId} role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/**
 * The secret of a token or key just made, once: a read-only field named `label` to copy it from, a Copy
 * button, and Done. Only its hash is kept, so closing this is the last time anyone sees it.
 */
export function SecretOnceDialog({
  shown,
  onClose,
  title,
  label,
  warning,
}: {
  shown: { name: string; secret: string } | null;
  onClose: () => void;
  title: string;
  label: string;
  /** More to say before it is copied (what holding it allows). */
  warning?: ReactNode;
}) {
  const [copied, setCopied] = useState<string | null>(null);
  if (!shown) return null;
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={title}
      description="You will not see it again: Roster keeps only a hash of it."
    >
      {warning ? (
        <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          {warning}
        </p>
      ) : null}
      {/* A textarea that wraps: the whole secret stays visible, even on a phone. */}
      <TextAreaField
        label={label}
        readOnly
        rows={2}
        value={shown.secret}
        onFocus={(event) => event.currentTarget.select()}
        style={{ fontFamily: 'ui-monospace, monospace', wordBreak: 'break-all', resize: 'none' }}
      />
      <div className="mt-4 flex justify-end gap-2">
        <Button
          variant="secondary"
          onClick={() =>
            void navigator.clipboard?.writeText(shown.secret).then(
              () => setCopied(shown.secret),
              () => setCopied(null),
            )
          }
        >
          {copied === shown.secret ? 'Copied' : 'Copy'}
        </Button>
        <Button onClick={onClose}>Done</Button>
      </div>
    </Dialog>
  );
}
