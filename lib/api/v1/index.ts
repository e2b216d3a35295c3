/** Every area of /api/v1, imported for its operations (the OpenAPI document and the matrix test list them all). */
import './me';
import './organization';
import './members';
import './access';
import './invitations';
import './teams';
import './apps';
import './app-transfer';
import './audit';

export { OPERATIONS } from '@/lib/api/operation';
