'use client';

import { useState, type ComponentProps } from 'react';
import { Plus } from '@/components/ui/icons';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { FormDialog } from '@/components/forms/form-dialog';
import { APP_PERMISSION_DEFS, ORG_PERMISSION_DEFS } from '@/lib/permissions';
import { SCOPE_GROUPS, type Scope } from '@/lib/permissions/scopes';
import { createPersonalTokenSchema } from '@/lib/validations/tokens';
import { createPersonalTokenAction } from '../actions';

const label = (scope: Scope) =>
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

/**
 * `New token`: name, organization, expiry and scopes (SPEC §8). `No expiration` is offered only for an
 * organization that allows it (its command asks again). The secret is shown once, afterwards, in a
 * read-only `Token` field to copy: only its hash is kept.
 */
export function NewTokenDialog({
  organizations,
  verified,
}: {
  organizations: Array<{ id: string; name: string; allowsNoExpiration: boolean }>;
  verified: boolean;
}) {
  const allowsNoExpiration = (orgId: string) => organizations.some((o) => o.id === orgId && o.allowsNoExpiration);
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const unavailable = !verified
    ? 'Verify your email address before creating tokens (see Account).'
    : organizations.length === 0
      ? 'Tokens act in an organization: join or create one first.'
      : undefined;
  return (
    <>
      <FormDialog
        title="New token"
        description="It acts as you, in one organization, with only the scopes you choose."
        trigger={
          <Button>
            <Plus size={16} aria-hidden /> New token
          </Button>
        }
        unavailable={unavailable ? <p className="text-sm">{unavailable}</p> : undefined}
        schema={createPersonalTokenSchema}
        defaultValues={{ name: '', orgId: organizations[0]?.id ?? '', expiration: '30', expiresOn: '', scopes: [] }}
        action={createPersonalTokenAction}
        success={(data) => `Token “${data.name}” created.`}
        onSuccess={(data) => {
          setCopied(false);
          setSecret(data);
        }}
        submitLabel="Generate token"
      >
        {({ form, field, errorOf }) => (
          <>
            <Field label="Token name" placeholder="Nightly sync" {...field('name')} />
            <OrganizationSelect
              organizations={organizations}
              {...field('orgId')}
              // Moving to an organization that requires an expiry date takes `No expiration` away with it.
              onPicked={(orgId) => {
                if (!allowsNoExpiration(orgId) && form.getValues('expiration') === 'none') form.setValue('expiration', '30');
              }}
            />
            <SelectField
              label="Expiration"
              options={allowsNoExpiration(form.watch('orgId')) ? [...DATED_EXPIRATIONS, NO_EXPIRATION] : DATED_EXPIRATIONS}
              {...field('expiration')}
            />
            {form.watch('expiration') === 'custom' ? <Field label="Expires on" type="date" {...field('expiresOn')} /> : null}
            <fieldset aria-describedby="scopes-error" className="space-y-3">
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
                            <input type="checkbox" value={scope} className="mt-1 size-4 accent-accent" {...form.register('scopes')} />
                            <span>
                              {label(scope)} <code className="text-xs text-fg-muted">{scope}</code>
                            </span>
                          </label>
                        ))}
                      </div>
                    ),
                  )}
                </div>
              ))}
              {errorOf('scopes') ? (
                <p id="scopes-error" role="alert" className="text-sm text-danger">
                  {errorOf('scopes')}
                </p>
              ) : null}
            </fieldset>
          </>
        )}
      </FormDialog>
      {secret ? (
        <Dialog
          open
          onOpenChange={(open) => !open && setSecret(null)}
          title={`Copy the token “${secret.name}”`}
          description="You will not see it again: Roster keeps only a hash of it."
        >
          <Field
            label="Token"
            readOnly
            value={secret.secret}
            onFocus={(event) => event.currentTarget.select()}
            style={{ fontFamily: 'ui-monospace, monospace' }}
          />
          <div className="mt-4 flex justify-end gap-2">
            <Button
              variant="secondary"
              onClick={() =>
                void navigator.clipboard?.writeText(secret.secret).then(
                  () => setCopied(true),
                  () => setCopied(false),
                )
              }
            >
              {copied ? 'Copied' : 'Copy'}
            </Button>
            <Button onClick={() => setSecret(null)}>Done</Button>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}

/** The `Organization` select: its registration's onChange, then `onPicked` with the organization chosen. */
function OrganizationSelect({
  organizations,
  onChange,
  onPicked,
  ...props
}: Omit<ComponentProps<typeof SelectField>, 'label' | 'options'> & {
  organizations: Array<{ id: string; name: string }>;
  onPicked: (orgId: string) => void;
}) {
  return (
    <SelectField
      label="Organization"
      options={organizations.map((o) => ({ value: o.id, label: o.name }))}
      {...props}
      onChange={(event) => {
        onChange?.(event);
        onPicked(event.target.value);
      }}
    />
  );
}
