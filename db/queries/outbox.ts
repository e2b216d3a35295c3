import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { schema, type Executor } from '@/db';

export type MailboxEmail = {
  id: string;
  to: string;
  subject: string;
  template: string;
  html: string;
  text: string;
  status: string;
  lastError: string | null;
  createdAt: Date;
};

/** The dev mailbox: newest first, optionally one recipient's. */
export async function listMailbox(executor: Executor, options: { to?: string; limit?: number }): Promise<MailboxEmail[]> {
  const o = schema.emailOutbox;
  return executor
    .select({
      id: o.id,
      to: o.to,
      subject: o.subject,
      template: o.template,
      html: o.html,
      text: o.text,
      status: o.status,
      lastError: o.lastError,
      createdAt: o.createdAt,
    })
    .from(o)
    .where(options.to ? eq(o.to, options.to.toLowerCase()) : undefined)
    .orderBy(desc(o.createdAt), desc(o.id))
    .limit(options.limit ?? 50);
}
