import 'server-only';
import type { ReactElement } from 'react';
import { eq, sql } from 'drizzle-orm';
import { render } from '@react-email/render';
import { Resend } from 'resend';
import { getDb, schema, type Executor } from '@/db';

export type QueuedEmail = { to: string; subject: string; template: string; element: ReactElement };

/**
 * Writes the email to the outbox with the caller's executor — inside the caller's transaction, so an
 * email exists exactly when the change that caused it committed. Delivery happens after commit.
 */
export async function queueEmail(executor: Executor, email: QueuedEmail): Promise<string> {
  const [html, text] = await Promise.all([render(email.element), render(email.element, { plainText: true })]);
  const [row] = await executor
    .insert(schema.emailOutbox)
    .values({ to: email.to.toLowerCase(), subject: email.subject, template: email.template, html, text })
    .returning({ id: schema.emailOutbox.id });
  return row!.id;
}

export function emailFrom(): string {
  return process.env.EMAIL_FROM || 'Roster <onboarding@resend.dev>';
}

/**
 * Sends one outbox email through Resend when RESEND_API_KEY is set; without it the email stays queued
 * and is read in /dev/mailbox. A failure is recorded on the row (status failed, error kept) and never
 * thrown: the change that queued it has already committed and must not be lost.
 */
export async function deliverEmail(id: string): Promise<'sent' | 'failed' | 'kept'> {
  const apiKey = process.env.RESEND_API_KEY;
  if (!apiKey) return 'kept';
  const db = await getDb();
  const [email] = await db
    .select({ to: schema.emailOutbox.to, subject: schema.emailOutbox.subject, html: schema.emailOutbox.html, text: schema.emailOutbox.text, status: schema.emailOutbox.status })
    .from(schema.emailOutbox)
    .where(eq(schema.emailOutbox.id, id));
  if (!email || email.status === 'sent') return 'sent';
  let error: string | null = null;
  let providerId: string | null = null;
  try {
    const result = await new Resend(apiKey).emails.send({
      from: emailFrom(),
      to: email.to,
      subject: email.subject,
      html: email.html,
      text: email.text,
    });
    if (result.error) error = `${result.error.name}: ${result.error.message}`;
    else providerId = result.data?.id ?? null;
  } catch (cause) {
    error = cause instanceof Error ? cause.message : String(cause);
  }
  await db
    .update(schema.emailOutbox)
    .set({
      status: error ? 'failed' : 'sent',
      attempts: sql`${schema.emailOutbox.attempts} + 1`,
      lastError: error,
      providerId,
      sentAt: error ? null : new Date(),
    })
    .where(eq(schema.emailOutbox.id, id));
  return error ? 'failed' : 'sent';
}
