'use client';

import { CreateAppDialog } from '@/components/apps/create-app-dialog';
import { createPersonalAppAction } from './actions';

export function CreatePersonalApp() {
  return <CreateAppDialog create={createPersonalAppAction} hrefFor={(slug) => `/me/apps/${slug}/settings`} />;
}
