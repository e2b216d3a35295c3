export { listAuditEventsRoute as GET } from '@/lib/api/v1/audit';
