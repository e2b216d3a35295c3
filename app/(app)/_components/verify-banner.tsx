'use client';

import { useState } from 'react';
import { toast } from 'sonner';
import { resendVerificationAction } from '@/app/(auth)/actions';

export function VerifyBanner({ email }: { email: string }) {
  const [sending, setSending] = useState(false);
  return (
    <div
      role="region"
      aria-label="Email verification"
      className="border-b border-border bg-amber-50 px-4 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100"
    >
      Verify {email} to create organizations, invite people and receive invitations.{' '}
      <button
        type="button"
        className="font-medium underline disabled:opacity-60"
        disabled={sending}
        onClick={async () => {
          setSending(true);
          const result = await resendVerificationAction({});
          setSending(false);
          if (result.ok) toast.success('Verification email sent.');
          else toast.error(result.message);
        }}
      >
        Send the verification email again
      </button>
    </div>
  );
}
