'use client';

import { useState } from 'react';
import { Plus } from '@/components/ui/icons';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { FormDialog } from '@/components/forms/form-dialog';
import { DEFAULT_EXPIRATION, ExpirationFields, ScopeFieldset, SecretOnceDialog } from '@/components/forms/token-grant-fields';
import { ORG_ROLE_DESCRIPTIONS, ORG_ROLE_LABELS, type OrgRole } from '@/lib/permissions';
import { createOrgApiKeySchema } from '@/lib/validations/tokens';
import { createOrgApiKeyAction } from '../actions';

/**
 * `New API key`: name, role, expiry and scopes (SPEC §8). The page passes only the roles this Admin may
 * give (canAssignRole) and whether the organization allows keys without an expiry date; the command
 * checks both again. The secret is shown once, afterwards, in a read-only `API key` field to copy.
 */
export function NewApiKeyDialog({
  orgId,
  orgName,
  roles,
  defaultRole,
  allowsNoExpiration,
  unavailable,
}: {
  orgId: string;
  orgName: string;
  roles: OrgRole[];
  defaultRole: OrgRole;
  allowsNoExpiration: boolean;
  /** Why no key can be made now (email not verified, the limit reached), shown instead of the form. */
  unavailable?: string;
}) {
  const [shown, setShown] = useState<{ name: string; secret: string; role: OrgRole } | null>(null);
  return (
    <>
      <FormDialog
        title="New API key"
        description="It acts for the organization with the role you choose, within the scopes you choose, and keeps working when you leave."
        trigger={
          <Button>
            <Plus size={16} aria-hidden /> New API key
          </Button>
        }
        unavailable={unavailable ? <p className="text-sm">{unavailable}</p> : undefined}
        schema={createOrgApiKeySchema}
        defaultValues={{ orgId, name: '', role: defaultRole, expiration: DEFAULT_EXPIRATION, expiresOn: '', scopes: [] }}
        action={createOrgApiKeyAction}
        success={(data) => `API key “${data.name}” created.`}
        onSuccess={(data, values) => setShown({ ...data, role: values.role as OrgRole })}
        submitLabel="Generate key"
      >
        {({ form, field, errorOf }) => {
          const role = form.watch('role') as OrgRole;
          return (
            <>
              <Field label="Key name" placeholder="Billing export" {...field('name')} />
              <SelectField
                label="Role"
                options={roles.map((r) => ({ value: r, label: ORG_ROLE_LABELS[r], title: ORG_ROLE_DESCRIPTIONS[r] }))}
                hint={ORG_ROLE_DESCRIPTIONS[role]}
                {...field('role')}
              />
              <ExpirationFields
                allowsNoExpiration={allowsNoExpiration}
                onDate={form.watch('expiration') === 'custom'}
                expiration={field('expiration')}
                expiresOn={field('expiresOn')}
              />
              <ScopeFieldset registration={form.register('scopes')} error={errorOf('scopes')} />
            </>
          );
        }}
      </FormDialog>
      <SecretOnceDialog
        shown={shown}
        onClose={() => setShown(null)}
        title={`Copy the API key “${shown?.name}”`}
        label="API key"
        warning={
          shown ? (
            <>
              Anyone who holds this key acts in {orgName} as {ORG_ROLE_LABELS[shown.role]}, within its scopes, until it expires or is
              revoked. Keep it in a secret store, never in code.
            </>
          ) : null
        }
      />
    </>
  );
}
