'use client';

import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { revokeSessionAction, signOutEverywhereAction } from '../actions';

export type SessionRow = { id: string; device: string; ip: string | null; lastActive: string; signedIn: string; current: boolean };

export function SessionList({ sessions }: { sessions: SessionRow[] }) {
  const router = useRouter();
  const afterSignOut = () => {
    router.replace('/sign-in');
    router.refresh();
  };
  return (
    <div className="space-y-4">
      <ul className="divide-y divide-border rounded-md border border-border">
        {sessions.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div className="min-w-0">
              <p className="font-medium">
                {s.device}
                {s.current ? (
                  <span className="ml-2 rounded-full bg-accent/15 px-2 py-0.5 text-xs font-medium text-accent">This device</span>
                ) : null}
              </p>
              <p className="text-xs text-fg-muted">
                Last active {s.lastActive}
                {s.ip ? ` · ${s.ip}` : ''} · signed in {s.signedIn}
              </p>
            </div>
            <ConfirmDialog
              trigger={
                <Button variant="secondary" aria-label={`Revoke session ${s.device}`}>
                  Revoke
                </Button>
              }
              title={s.current ? 'Sign out this device?' : `Revoke the session on ${s.device}?`}
              description={s.current ? 'You will be signed out here at once.' : 'That device is signed out on its next request.'}
              action={() => revokeSessionAction({ sessionId: s.id })}
              onDone={({ signedOut }) => {
                if (signedOut) return afterSignOut();
                toast.success('Session revoked.');
                router.refresh();
              }}
            />
          </li>
        ))}
      </ul>
      <div className="flex justify-end">
        <ConfirmDialog
          trigger={<Button variant="danger">Sign out everywhere</Button>}
          title="Sign out everywhere?"
          description="Every device signed in to your account, this one included, is signed out at once."
          action={() => signOutEverywhereAction({})}
          onDone={afterSignOut}
        />
      </div>
    </div>
  );
}
