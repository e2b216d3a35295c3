import type { ReactNode } from 'react';
import { can } from '@/lib/permissions';
import { requireSignedIn } from '@/lib/auth/access';
import { TopBar } from './_components/top-bar';
import { VerifyBanner } from './_components/verify-banner';

export default async function AppLayout({ children }: { children: ReactNode }) {
  // The user, their workspaces and their unread count: one query, shared with the page's access check.
  const { user, organizations, unread } = await requireSignedIn();
  return (
    <div className="flex min-h-screen flex-col">
      <TopBar
        user={{ name: user.name, email: user.email }}
        workspaces={organizations.map((org) => ({ id: org.id, name: org.name, canViewMembers: can(org.role, 'members.view') }))}
        unread={unread}
      />
      {user.emailVerified ? null : <VerifyBanner email={user.email} />}
      <div className="flex flex-1">{children}</div>
    </div>
  );
}
