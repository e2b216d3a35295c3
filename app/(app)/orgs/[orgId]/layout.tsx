import type { ReactNode } from 'react';
import { requireOrgAccess } from '@/lib/auth/access';
import { ORG_ROLE_LABELS } from '@/lib/permissions';
import { OrgSidebar } from './_components/org-sidebar';

export default async function OrgLayout({ children, params }: { children: ReactNode; params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const access = await requireOrgAccess(orgId);
  return (
    <div className="flex w-full flex-col md:flex-row">
      <OrgSidebar
        orgId={access.org.id}
        orgName={access.org.name}
        role={access.role}
        roleLabel={ORG_ROLE_LABELS[access.role]}
        userId={access.user.id}
      />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
