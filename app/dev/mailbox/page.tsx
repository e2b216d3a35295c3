import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getDb } from '@/db';
import { listMailbox } from '@/db/queries/outbox';
import { urlText } from '@/db/text';
import { mailboxEnabled } from '@/lib/env';
import { singleValues, type RawSearchParams } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Dev mailbox' };

/**
 * The email's body markup: React Email renders a whole document; the page embeds only its body, with
 * its links as plain anchors that open here rather than in a new tab.
 */
function bodyOf(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  return body.replace(/\s+target="_blank"/g, '');
}

export default async function MailboxPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  // Decided per request, never at build time: MAILBOX_ENABLED is read when the server runs.
  await connection();
  if (!mailboxEnabled()) notFound();
  const { to } = singleValues(await searchParams);
  const emails = await listMailbox(await getDb(), { to: to ? urlText(to, 254) : undefined });
  return (
    <main className="mx-auto max-w-3xl space-y-6 p-4 sm:p-6">
      <div>
        <h1 className="text-xl font-semibold">Dev mailbox{to ? ` for ${to}` : ''}</h1>
        <p className="text-sm text-fg-muted">
          Every email Roster wrote to its outbox, newest first. Served outside production or with MAILBOX_ENABLED=1.
        </p>
      </div>
      {emails.length === 0 ? <p className="text-sm text-fg-muted">No emails yet.</p> : null}
      {emails.map((email) => (
        <article key={email.id} aria-label={email.subject} className="overflow-hidden rounded-lg border border-border">
          <header className="space-y-0.5 bg-bg-subtle px-4 py-2 text-sm">
            <h2 className="font-semibold">{email.subject}</h2>
            <p className="text-fg-muted">
              To {email.to} · {email.createdAt.toISOString().replace('T', ' ').slice(0, 19)} UTC · {email.template} · {email.status}
              {email.lastError ? ` (${email.lastError})` : ''}
            </p>
          </header>
          {/* Our own rendered template (every interpolated value escaped by React Email). */}
          <div className="bg-white text-black" dangerouslySetInnerHTML={{ __html: bodyOf(email.html) }} />
          <details className="border-t border-border px-4 py-2 text-sm">
            <summary className="cursor-pointer">Plain-text part</summary>
            <pre className="mt-2 text-xs whitespace-pre-wrap">{email.text}</pre>
          </details>
        </article>
      ))}
    </main>
  );
}
