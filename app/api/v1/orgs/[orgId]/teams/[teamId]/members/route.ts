export { listTeamMembersRoute as GET, addTeamMembersRoute as POST } from '@/lib/api/v1/teams';
