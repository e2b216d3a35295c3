export { listMembersRoute as GET } from '@/lib/api/v1/members';
