export { getUserRoute as GET, replaceUserRoute as PUT, patchUserRoute as PATCH, deleteUserRoute as DELETE } from '@/lib/scim/user-routes';
