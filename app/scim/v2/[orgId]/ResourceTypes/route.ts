export { resourceTypesRoute as GET } from '@/lib/scim/discovery-routes';
