import { Button, Heading, Text } from '@react-email/components';
import { EmailLayout, emailButton, emailMuted, emailText } from './_layout';

export type VerifyEmailProps = { name: string; url: string; expiresInHours: number };

export const verifyEmailSubject = () => 'Verify your email for Roster';

export default function VerifyEmail({ name, url, expiresInHours }: VerifyEmailProps) {
  return (
    <EmailLayout
      preview="Confirm your email address to finish setting up Roster"
      footer="You received this because someone signed up for Roster with this address. If it was not you, ignore this email."
    >
      <Heading as="h1" style={{ fontSize: '22px', margin: '0 0 16px' }}>
        Verify your email
      </Heading>
      <Text style={emailText}>Hi {name}, confirm that this is your email address so organizations can invite you.</Text>
      <Button href={url} style={emailButton}>
        Verify email
      </Button>
      <Text style={emailMuted}>
        This link expires in {expiresInHours} hours. If the button does not work, open this address: {url}
      </Text>
    </EmailLayout>
  );
}

VerifyEmail.PreviewProps = {
  name: 'Ada',
  url: 'http://localhost:3000/verify-email?token=preview',
  expiresInHours: 24,
} satisfies VerifyEmailProps;
