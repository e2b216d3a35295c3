export { getMemberRoute as GET, changeMemberRoleRoute as PATCH, removeMemberRoute as DELETE } from '@/lib/api/v1/members';
