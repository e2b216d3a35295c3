export { transferAppRoute as POST } from '@/lib/api/v1/app-transfer';
