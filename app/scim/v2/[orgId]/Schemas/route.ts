export { schemasRoute as GET } from '@/lib/scim/discovery-routes';
