export { removeTeamMemberRoute as DELETE } from '@/lib/api/v1/teams';
