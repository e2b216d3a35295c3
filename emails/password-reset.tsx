import { Button, Heading, Text } from '@react-email/components';
import { EmailLayout, emailButton, emailMuted, emailText } from './_layout';

export type PasswordResetProps = { url: string; expiresInMinutes: number };

export const passwordResetSubject = () => 'Reset your Roster password';

export default function PasswordReset({ url, expiresInMinutes }: PasswordResetProps) {
  return (
    <EmailLayout
      preview="Choose a new password for Roster"
      footer="If you did not ask for this, ignore this email: your password stays as it is, and nobody can use the link without access to your inbox."
    >
      <Heading as="h1" style={{ fontSize: '22px', margin: '0 0 16px' }}>
        Reset your password
      </Heading>
      <Text style={emailText}>
        Use the button below to choose a new password. Every device signed in to your account will be signed out.
      </Text>
      <Button href={url} style={emailButton}>
        Choose a new password
      </Button>
      <Text style={emailMuted}>
        This link works once and expires in {expiresInMinutes} minutes. If the button does not work, open this address: {url}
      </Text>
    </EmailLayout>
  );
}

PasswordReset.PreviewProps = {
  url: 'http://localhost:3000/reset-password?token=preview',
  expiresInMinutes: 30,
} satisfies PasswordResetProps;
