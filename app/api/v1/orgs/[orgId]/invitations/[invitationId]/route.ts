export { rescindInvitationRoute as DELETE } from '@/lib/api/v1/invitations';
