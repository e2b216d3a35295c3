import { appUrl } from '@/lib/env';

/** The SCIM base URL an identity provider is given for the organization: from APP_URL, never from a request. */
export function scimBaseUrl(orgId: string): string {
  return `${appUrl()}/scim/v2/${encodeURIComponent(orgId)}`;
}
