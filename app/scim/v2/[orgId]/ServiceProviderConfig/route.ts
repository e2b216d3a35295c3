export { serviceProviderConfigRoute as GET } from '@/lib/scim/discovery-routes';
