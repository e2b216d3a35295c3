export { resendInvitationRoute as POST } from '@/lib/api/v1/invitations';
