export { listTeamAppsRoute as GET, grantTeamAppsRoute as POST } from '@/lib/api/v1/teams';
