'use client';

import { CreateAppDialog } from '@/components/apps/create-app-dialog';
import { createOrgAppAction } from '../apps/actions';

export function CreateOrgApp({ orgId }: { orgId: string }) {
  return <CreateAppDialog create={(input) => createOrgAppAction({ ...input, orgId })} hrefFor={(slug) => `/orgs/${orgId}/apps/${slug}`} />;
}
