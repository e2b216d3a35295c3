export { getAppRoute as GET, updateAppRoute as PATCH, deleteAppRoute as DELETE } from '@/lib/api/v1/apps';
