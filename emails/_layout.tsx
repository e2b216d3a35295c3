import type { ReactNode } from 'react';
import { Body, Container, Head, Hr, Html, Preview, Section, Text } from '@react-email/components';

const styles = {
  body: {
    backgroundColor: '#f6f7f9',
    fontFamily: '-apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif',
    margin: 0,
    padding: '24px 0',
  },
  container: {
    backgroundColor: '#ffffff',
    border: '1px solid #e4e6eb',
    borderRadius: '8px',
    margin: '0 auto',
    maxWidth: '520px',
    padding: '32px',
  },
  brand: {
    color: '#4338ca',
    fontSize: '14px',
    fontWeight: 700,
    letterSpacing: '0.04em',
    margin: '0 0 24px',
    textTransform: 'uppercase' as const,
  },
  footer: { color: '#6b7280', fontSize: '12px', lineHeight: '18px', margin: 0 },
};

export const emailText = { color: '#1f2937', fontSize: '15px', lineHeight: '24px', margin: '0 0 16px' };
export const emailButton = {
  backgroundColor: '#4338ca',
  borderRadius: '6px',
  color: '#ffffff',
  display: 'inline-block',
  fontSize: '15px',
  fontWeight: 600,
  padding: '12px 20px',
  textDecoration: 'none',
};
// The muted note carries the raw link: long URLs wrap anywhere, words only at their ends ("expire s" came from break-all).
export const emailMuted = {
  color: '#6b7280',
  fontSize: '13px',
  lineHeight: '20px',
  margin: '16px 0 0',
  overflowWrap: 'anywhere' as const,
  wordBreak: 'break-word' as const,
};

export function EmailLayout({ preview, children, footer }: { preview: string; children: ReactNode; footer: string }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>Roster</Text>
          <Section>{children}</Section>
          <Hr style={{ borderColor: '#e4e6eb', margin: '24px 0' }} />
          <Text style={styles.footer}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}
