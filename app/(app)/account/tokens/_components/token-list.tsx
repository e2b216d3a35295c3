'use client';

import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { revokePersonalTokenAction } from '../actions';

export type TokenRow = {
  id: string;
  name: string;
  orgName: string;
  hint: string;
  scopes: number;
  expires: string;
  lastUsed: string;
  status: 'active' | 'expired' | 'revoked';
};

const STATUS_LABELS: Record<TokenRow['status'], string> = { active: 'Active', expired: 'Expired', revoked: 'Revoked' };

export function TokenList({ tokens }: { tokens: TokenRow[] }) {
  const router = useRouter();
  if (tokens.length === 0) return <EmptyState>No tokens yet. New token makes one for a script or a service.</EmptyState>;
  return (
    <ul aria-label="Your tokens" className="divide-y divide-border rounded-md border border-border">
      {tokens.map((t) => (
        <li key={t.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="min-w-0">
            <p className="font-medium">
              {t.name}
              <span className="ml-2 rounded-full bg-bg-subtle px-2 py-0.5 text-xs font-medium">{STATUS_LABELS[t.status]}</span>
            </p>
            <p className="text-xs break-words text-fg-muted">
              <code>{t.hint}</code> · {t.orgName} · {t.scopes} {t.scopes === 1 ? 'scope' : 'scopes'} · expires {t.expires} · {t.lastUsed}
            </p>
          </div>
          {t.status === 'active' ? (
            <ConfirmDialog
              trigger={
                <Button variant="secondary" aria-label={`Revoke ${t.name}`}>
                  Revoke
                </Button>
              }
              title={`Revoke “${t.name}”?`}
              description="Scripts using it are refused from their next request. This cannot be undone."
              action={() => revokePersonalTokenAction({ tokenId: t.id })}
              onDone={() => {
                toast.success(`Token “${t.name}” revoked.`);
                router.refresh();
              }}
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
