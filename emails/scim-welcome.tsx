import { Button, Heading, Text } from '@react-email/components';
import { EmailLayout, emailButton, emailMuted, emailText } from './_layout';

export type ScimWelcomeProps = { orgName: string; email: string; url: string };

export const scimWelcomeSubject = (orgName: string) => `${orgName} added you to Roster`;

/** To someone whose account SCIM provisioning just made: they sign in with a link sent to this address. */
export default function ScimWelcome({ orgName, email, url }: ScimWelcomeProps) {
  return (
    <EmailLayout
      preview={`${orgName} gave you access to Roster`}
      footer={`You get this email because ${orgName}'s identity provider added ${email}. If that is a mistake, ask your IT team.`}
    >
      <Heading as="h1" style={{ fontSize: '22px', margin: '0 0 16px' }}>
        Welcome to {orgName} on Roster
      </Heading>
      <Text style={emailText}>
        {orgName} added you, as {email}. Your account has no password: sign in with a link sent to this address.
      </Text>
      <Button href={url} style={emailButton}>
        Get a sign-in link
      </Button>
      <Text style={emailMuted}>If the button does not work, open this address: {url}</Text>
    </EmailLayout>
  );
}

ScimWelcome.PreviewProps = {
  orgName: 'Acme ML',
  email: 'ada@acme.test',
  url: 'http://localhost:3000/sign-in?email=ada%40acme.test',
} satisfies ScimWelcomeProps;
