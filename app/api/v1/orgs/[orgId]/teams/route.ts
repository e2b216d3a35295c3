export { listTeamsRoute as GET, createTeamRoute as POST } from '@/lib/api/v1/teams';
