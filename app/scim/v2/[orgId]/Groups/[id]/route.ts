export {
  getGroupRoute as GET,
  replaceGroupRoute as PUT,
  patchGroupRoute as PATCH,
  deleteGroupRoute as DELETE,
} from '@/lib/scim/group-routes';
