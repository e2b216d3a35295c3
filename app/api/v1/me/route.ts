export { getMeRoute as GET } from '@/lib/api/v1/me';
