import type { ReactNode } from 'react';
import { getDb } from '@/db';
import { countUnreadNotifications, listNotifications } from '@/db/queries/notifications';
import { can } from '@/lib/permissions';
import { getMyOrganizations, requireUser } from '@/lib/auth/access';
import { TopBar } from './_components/top-bar';
import { VerifyBanner } from './_components/verify-banner';

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const db = await getDb();
  const [organizations, notifications, unread] = await Promise.all([
    getMyOrganizations(),
    listNotifications(db, user.id),
    countUnreadNotifications(db, user.id),
  ]);
  return (
    <div className="flex min-h-screen flex-col">
      <TopBar
        user={{ name: user.name, email: user.email }}
        workspaces={organizations.map((org) => ({ id: org.id, name: org.name, canViewMembers: can(org.role, 'members.view') }))}
        notifications={notifications}
        unread={unread}
      />
      {user.emailVerified ? null : <VerifyBanner email={user.email} />}
      <div className="flex flex-1">{children}</div>
    </div>
  );
}
