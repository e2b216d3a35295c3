export { listInvitationsRoute as GET, inviteMembersRoute as POST } from '@/lib/api/v1/invitations';
