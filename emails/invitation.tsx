import { Button, Heading, Section, Text } from '@react-email/components';
import { singleLine } from '../lib/validations/common';
import { EmailLayout, emailButton, emailMuted, emailText } from './_layout';

export type InvitationEmailProps = {
  orgName: string;
  inviterName: string;
  roleLabel: string;
  url: string;
  expiresAt: Date;
};

/** Names are validated on the way in; control characters are still stripped here, since a CR/LF in a subject would split the header. */
export const invitationSubject = (p: Pick<InvitationEmailProps, 'orgName' | 'inviterName'>) =>
  singleLine(`${p.inviterName} invited you to join ${p.orgName} on Roster`);

function formatDate(date: Date): string {
  return date.toLocaleString('en-US', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC';
}

export default function InvitationEmail({ orgName, inviterName, roleLabel, url, expiresAt }: InvitationEmailProps) {
  return (
    <EmailLayout
      preview={`Join ${orgName} as ${roleLabel}`}
      footer="You received this because someone invited this address to an organization on Roster. If you did not expect it, ignore this email: nothing happens unless you accept."
    >
      <Heading as="h1" style={{ fontSize: '22px', margin: '0 0 16px' }}>
        Join {orgName}
      </Heading>
      <Text style={emailText}>
        <strong>{inviterName}</strong> invited you to join the organization <strong>{orgName}</strong> with the role{' '}
        <strong>{roleLabel}</strong>.
      </Text>
      <Section style={{ margin: '8px 0 8px' }}>
        <Button href={url} style={emailButton}>
          View invitation
        </Button>
      </Section>
      <Text style={emailMuted}>
        You can accept or decline on that page. The invitation expires on {formatDate(expiresAt)}. If the button does not work, open this
        address: {url}
      </Text>
    </EmailLayout>
  );
}

InvitationEmail.PreviewProps = {
  orgName: 'Acme ML',
  inviterName: 'Ada Admin',
  roleLabel: 'Organization User (all apps)',
  url: 'http://localhost:3000/invite/preview',
  expiresAt: new Date('2026-12-06T12:00:00Z'),
} satisfies InvitationEmailProps;
