export { listUsersRoute as GET, createUserRoute as POST } from '@/lib/scim/user-routes';
