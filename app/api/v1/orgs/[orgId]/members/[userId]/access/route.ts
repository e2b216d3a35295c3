export { getMemberAccessRoute as GET } from '@/lib/api/v1/access';
