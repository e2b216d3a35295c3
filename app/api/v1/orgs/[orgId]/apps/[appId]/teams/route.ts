export { listAppTeamsRoute as GET } from '@/lib/api/v1/apps';
