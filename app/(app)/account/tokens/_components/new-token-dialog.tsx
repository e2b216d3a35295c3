'use client';

import { useState, type ComponentProps } from 'react';
import { Plus } from '@/components/ui/icons';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { FormDialog } from '@/components/forms/form-dialog';
import { DEFAULT_EXPIRATION, ExpirationFields, ScopeFieldset, SecretOnceDialog } from '@/components/forms/token-grant-fields';
import { createPersonalTokenSchema } from '@/lib/validations/tokens';
import { createPersonalTokenAction } from '../actions';

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
        defaultValues={{ name: '', orgId: organizations[0]?.id ?? '', expiration: DEFAULT_EXPIRATION, expiresOn: '', scopes: [] }}
        action={createPersonalTokenAction}
        success={(data) => `Token “${data.name}” created.`}
        onSuccess={setSecret}
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
                if (!allowsNoExpiration(orgId) && form.getValues('expiration') === 'none') form.setValue('expiration', DEFAULT_EXPIRATION);
              }}
            />
            <ExpirationFields
              allowsNoExpiration={allowsNoExpiration(form.watch('orgId'))}
              onDate={form.watch('expiration') === 'custom'}
              expiration={field('expiration')}
              expiresOn={field('expiresOn')}
            />
            <ScopeFieldset registration={form.register('scopes')} error={errorOf('scopes')} />
          </>
        )}
      </FormDialog>
      <SecretOnceDialog shown={secret} onClose={() => setSecret(null)} title={`Copy the token “${secret?.name}”`} label="Token" />
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
