import { Button, Heading, Text } from '@react-email/components';
import { EmailLayout, emailButton, emailMuted, emailText } from './_layout';

export type SignInLinkProps = { url: string; expiresInMinutes: number };

export const signInLinkSubject = () => 'Your Roster sign-in link';

export default function SignInLink({ url, expiresInMinutes }: SignInLinkProps) {
  return (
    <EmailLayout
      preview="Sign in to Roster with one click"
      footer="If you did not ask to sign in, ignore this email: nobody can use the link without access to your inbox."
    >
      <Heading as="h1" style={{ fontSize: '22px', margin: '0 0 16px' }}>
        Sign in to Roster
      </Heading>
      <Text style={emailText}>Use the button below to sign in. The link works once.</Text>
      <Button href={url} style={emailButton}>
        Sign in
      </Button>
      <Text style={emailMuted}>
        This link expires in {expiresInMinutes} minutes. If the button does not work, open this address: {url}
      </Text>
    </EmailLayout>
  );
}

SignInLink.PreviewProps = {
  url: 'http://localhost:3000/api/auth/callback/email-link?token=preview',
  expiresInMinutes: 15,
} satisfies SignInLinkProps;
