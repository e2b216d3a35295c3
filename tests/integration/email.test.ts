import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createElement } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { deliverEmail, queueEmail } from '@/lib/email/outbox';
import VerifyEmail from '@/emails/verify-email';
import SignInLink from '@/emails/sign-in-link';
import { unique } from '../factories';

/** Resend's HTTP API is the outside world: a loopback server stands in for it. */
let fake: http.Server;
let answer: { status: number; body: unknown } = { status: 200, body: { id: 'resend-1' } };
const received: Array<{ path: string; auth: string | undefined; body: Record<string, unknown> }> = [];

beforeAll(async () => {
  fake = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '', auth: req.headers.authorization, body: JSON.parse(raw || '{}') });
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
  process.env.RESEND_BASE_URL = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
});

afterAll(async () => {
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  await new Promise((resolve) => fake.close(resolve));
});

async function outboxRow(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.id, id));
  return row!;
}

describe('email templates', () => {
  it('render HTML and a plain-text part carrying the link', async () => {
    const db = await getDb();
    const url = 'http://localhost:3000/verify-email?token=abc123';
    const id = await queueEmail(db, {
      to: `${unique('r')}@Example.test`,
      subject: 'Verify',
      template: 'verify-email',
      element: createElement(VerifyEmail, { name: 'Ada <script>', url, expiresInHours: 24 }),
    });
    const row = await outboxRow(id);
    expect(row.to).toBe(row.to.toLowerCase());
    expect(row.status).toBe('queued');
    expect(row.html).toContain(`href="${url.replace('&', '&amp;')}"`);
    expect(row.html).toContain('Ada &lt;script&gt;');
    expect(row.html).not.toContain('<script>');
    expect(row.text).toMatch(/verify your email/i);
    expect(row.text).toContain(url);
    expect(row.text).not.toMatch(/<\/?(p|a|div|table|td)\b/);
  });

  it('sign-in link email says when it expires', async () => {
    const db = await getDb();
    const id = await queueEmail(db, {
      to: `${unique('r')}@example.test`,
      subject: 'Sign in',
      template: 'sign-in-link',
      element: createElement(SignInLink, { url: 'http://localhost:3000/x', expiresInMinutes: 15 }),
    });
    expect((await outboxRow(id)).text).toContain('expires in 15 minutes');
  });
});

describe('outbox delivery through Resend', () => {
  it('keeps the email queued when no Resend key is configured', async () => {
    delete process.env.RESEND_API_KEY;
    const id = await queueEmail(await getDb(), {
      to: `${unique('r')}@example.test`,
      subject: 'S',
      template: 't',
      element: createElement('p', null, 'hi'),
    });
    expect(await deliverEmail(id)).toBe('kept');
    expect((await outboxRow(id)).status).toBe('queued');
  });

  it('marks it sent with the provider id, then failed with the error kept, and a retry succeeds', async () => {
    process.env.RESEND_API_KEY = 're_test_key';
    const to = `${unique('r')}@example.test`;
    const id = await queueEmail(await getDb(), { to, subject: 'Hello', template: 't', element: createElement('p', null, 'hi') });

    answer = { status: 500, body: { name: 'internal_server_error', message: 'Resend is down', statusCode: 500 } };
    expect(await deliverEmail(id)).toBe('failed');
    let row = await outboxRow(id);
    expect(row).toMatchObject({ status: 'failed', attempts: 1, providerId: null });
    expect(row.lastError).toContain('Resend is down');

    answer = { status: 200, body: { id: 'resend-42' } };
    expect(await deliverEmail(id)).toBe('sent');
    row = await outboxRow(id);
    expect(row).toMatchObject({ status: 'sent', attempts: 2, providerId: 'resend-42', lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);

    const last = received.at(-1)!;
    expect(last.path).toBe('/emails');
    expect(last.auth).toBe('Bearer re_test_key');
    expect(last.body).toMatchObject({ to, subject: 'Hello' });
    // Already sent: never sent twice.
    expect(await deliverEmail(id)).toBe('sent');
    expect(received.filter((r) => (r.body as { to?: string }).to === to)).toHaveLength(2);
  });
});
