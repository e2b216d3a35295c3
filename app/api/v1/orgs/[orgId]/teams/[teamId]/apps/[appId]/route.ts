export { getTeamAppRoute as GET, changeTeamAppPermissionRoute as PATCH, revokeTeamAppRoute as DELETE } from '@/lib/api/v1/teams';
