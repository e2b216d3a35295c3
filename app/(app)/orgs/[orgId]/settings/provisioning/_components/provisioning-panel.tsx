'use client';

import { useEffect, useRef, useState, type RefObject } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormError } from '@/components/ui/field';
import { SecretOnceDialog } from '@/components/forms/token-grant-fields';
import type { OrgRole } from '@/lib/permissions';
import { disableScimAction, issueScimTokenAction } from '../actions';
import { CopyField } from './copy-field';
import { ScimRoleForm } from './scim-role-form';

/** The connection as the page shows it: dates formatted on the server. */
export type ScimConnectionView = {
  hint: string;
  defaultRole: OrgRole;
  since: string;
  tokenCreated: string;
  lastRequest: string | null;
};

type Issued = { secret: string; rotated: boolean };

const UNVERIFIED = 'Verify your email address before setting up provisioning (see Account).';

/**
 * Provisioning on or off, and what goes with each. The secret just issued lives here, above both states:
 * turning provisioning on refreshes the page into its "on" state, and the dialog showing the secret must
 * survive that. When the dialog closes, focus goes to the status heading (after turning on: the button
 * that opened it is gone) or back to `Rotate token`.
 */
export function ProvisioningPanel({
  orgId,
  orgName,
  baseUrl,
  connection,
  roles,
  unverified,
}: {
  orgId: string;
  orgName: string;
  baseUrl: string;
  connection: ScimConnectionView | null;
  roles: OrgRole[];
  /** The Admin's email is not verified: no token may be issued (the command refuses it too). */
  unverified: boolean;
}) {
  const router = useRouter();
  const [shown, setShown] = useState<Issued | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const replaceButton = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  // After the secret's dialog has unmounted (and Radix has tried its own focus return): focus where it belongs.
  useEffect(() => {
    const target = returnTo.current;
    if (shown || !target) return;
    returnTo.current = null;
    const timer = window.setTimeout(() => target.isConnected && target.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [shown]);

  const issued = (data: Issued) => {
    returnTo.current = data.rotated ? replaceButton.current : heading.current;
    setShown(data);
    toast.success(data.rotated ? 'SCIM token replaced: the old one no longer works.' : 'Provisioning is on.');
    router.refresh();
  };

  return (
    <section aria-labelledby="scim-status-heading" className="space-y-4 rounded-lg border border-border p-4">
      <div>
        <h2 ref={heading} id="scim-status-heading" tabIndex={-1} className="font-semibold">
          Provisioning is {connection ? 'on' : 'off'}
        </h2>
        <p className="mt-1 text-sm text-fg-muted">
          {connection
            ? `On since ${connection.since}. Last request from the identity provider: ${connection.lastRequest ?? 'none yet'}.`
            : 'Turning it on makes a token for the identity provider, shown once. Nothing changes for members until the identity provider sends its first request.'}
        </p>
      </div>
      {connection ? (
        <Connected
          orgId={orgId}
          baseUrl={baseUrl}
          connection={connection}
          roles={roles}
          unverified={unverified}
          replaceButton={replaceButton}
          heading={heading}
          onIssued={issued}
        />
      ) : unverified ? (
        <p className="text-sm">{UNVERIFIED}</p>
      ) : (
        <TurnOnButton orgId={orgId} onIssued={issued} />
      )}
      <SecretOnceDialog
        shown={shown && { name: 'SCIM token', secret: shown.secret }}
        onClose={() => setShown(null)}
        title={shown?.rotated ? 'Copy the new SCIM token' : 'Copy the SCIM token'}
        label="SCIM token"
        warning={
          <>
            {shown?.rotated ? 'The old token has stopped working: the identity provider is refused until it has this one. ' : null}
            Anyone who holds this token can add, change and remove members of {orgName}. Enter it in the identity provider with the SCIM
            base URL <code className="break-all">{baseUrl}</code>, and keep it nowhere else.
          </>
        }
      />
    </section>
  );
}

/** `Enable SCIM`: no confirmation, as nothing is lost; a refusal is shown under it. */
function TurnOnButton({ orgId, onIssued }: { orgId: string; onIssued: (data: Issued) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      <Button
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          const result = await issueScimTokenAction({ orgId }).catch(() => null);
          setBusy(false);
          if (!result) setError('Could not reach the server. Try again.');
          else if (!result.ok) setError(result.message);
          else onIssued(result.data);
        }}
      >
        Enable SCIM
      </Button>
      <FormError message={error} />
    </div>
  );
}

/** The "on" state: what the identity provider needs, the token's replacement, the role, and turning it off. */
function Connected({
  orgId,
  baseUrl,
  connection,
  roles,
  unverified,
  replaceButton,
  heading,
  onIssued,
}: {
  orgId: string;
  baseUrl: string;
  connection: ScimConnectionView;
  roles: OrgRole[];
  unverified: boolean;
  replaceButton: RefObject<HTMLButtonElement | null>;
  heading: RefObject<HTMLHeadingElement | null>;
  onIssued: (data: Issued) => void;
}) {
  const router = useRouter();
  return (
    <>
      <div className="space-y-3 border-t border-border pt-4">
        <h3 className="text-sm font-semibold">For the identity provider</h3>
        <div className="max-w-2xl space-y-4">
          <CopyField label="SCIM base URL" value={baseUrl} hint="Also called the tenant URL or SCIM connector base URL." />
          <div className="flex flex-wrap items-end justify-between gap-3">
            <div className="min-w-0 text-sm">
              <p className="font-medium">Token</p>
              <p>
                <code className="break-all">{connection.hint}</code> <span className="text-fg-muted">· made {connection.tokenCreated}</span>
              </p>
              <p className="text-xs text-fg-muted">Sent as a bearer token. Its secret was shown once; replace it if it may have leaked.</p>
            </div>
            {unverified ? (
              <p className="text-sm">{UNVERIFIED}</p>
            ) : (
              <ConfirmDialog
                trigger={
                  <Button ref={replaceButton} variant="secondary">
                    Rotate token
                  </Button>
                }
                title="Replace the SCIM token?"
                description={`The current token (${connection.hint}) stops working at once: the identity provider is refused until it is given the new one, which is shown once.`}
                action={() => issueScimTokenAction({ orgId })}
                onDone={onIssued}
              />
            )}
          </div>
        </div>
      </div>

      <div className="space-y-3 border-t border-border pt-4">
        <h3 className="text-sm font-semibold">New members</h3>
        <div className="max-w-2xl">
          {/* Keyed by the saved role: after a save elsewhere (another tab, another Admin), a reload shows it. */}
          <ScimRoleForm key={connection.defaultRole} orgId={orgId} role={connection.defaultRole} roles={roles} />
        </div>
      </div>

      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-border pt-4">
        <p className="max-w-xl text-sm text-fg-muted">Turning provisioning off stops the token. The people it added stay members.</p>
        <ConfirmDialog
          trigger={<Button variant="danger">Disable SCIM</Button>}
          title="Disable SCIM?"
          description="The SCIM token stops working at once, and the identity provider can no longer add, update or remove members. The people it added stay members: remove them on Members if they should go."
          action={() => disableScimAction({ orgId })}
          returnFocusTo={() => heading.current}
          onDone={() => {
            toast.success('Provisioning is off. The people it added stay members.');
            router.refresh();
          }}
        />
      </div>
    </>
  );
}
