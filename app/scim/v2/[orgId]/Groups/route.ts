export { listGroupsRoute as GET, createGroupRoute as POST } from '@/lib/scim/group-routes';
