export { getTeamRoute as GET, updateTeamRoute as PATCH, deleteTeamRoute as DELETE } from '@/lib/api/v1/teams';
