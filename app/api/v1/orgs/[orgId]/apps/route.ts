export { listAppsRoute as GET, createAppRoute as POST } from '@/lib/api/v1/apps';
