'use client';

import { useState, type ReactNode } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { resendVerificationAction } from '@/app/(auth)/actions';

/**
 * Said inside a dialog whose action needs a proven address (creating organizations, inviting), in place
 * of its form: why it is unavailable, and the way to make it available.
 */
export function VerifyEmailFirst({ what, onClose }: { what: string; onClose: () => void }) {
  const [sending, setSending] = useState(false);
  return (
    <div className="space-y-4">
      <p role="status" className="rounded-md border border-border bg-bg-subtle px-3 py-2 text-sm">
        Verify your email address to {what}. Open the link in the verification email we sent you; it proves the address is yours.
      </p>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Close
        </Button>
        <Button
          disabled={sending}
          onClick={async () => {
            setSending(true);
            const result = await resendVerificationAction({}).catch(() => null);
            setSending(false);
            if (result?.ok)
              toast.success(
                result.data.alreadyVerified ? 'Your address is already verified. Reload the page.' : 'Verification email sent.',
              );
            else toast.error(result?.message ?? 'Could not reach the server. Try again.');
          }}
        >
          Send the verification email again
        </Button>
      </div>
    </div>
  );
}

/** The trigger of such a dialog with, until the address is proven, the reason next to it (`hintId` describes the button). */
export function WithVerifyHint({
  verified,
  hintId,
  what,
  children,
}: {
  verified: boolean;
  hintId: string;
  what: string;
  children: ReactNode;
}) {
  if (verified) return children;
  return (
    <div className="flex flex-col items-end gap-1">
      {children}
      <p id={hintId} className="text-xs text-fg-muted">
        Verify your email address to {what}.
      </p>
    </div>
  );
}
