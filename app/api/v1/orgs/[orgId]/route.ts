export { getOrganizationRoute as GET } from '@/lib/api/v1/organization';
