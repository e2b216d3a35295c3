import type { Metadata } from 'next';
import { connection } from 'next/server';

export const metadata: Metadata = { title: 'Benchmark baseline', robots: { index: false, follow: false } };

/**
 * The baseline of `npm run bench` (bench/run.ts): a dynamic page of this server that reads no session and
 * no database, so the members page's throughput can be compared with what the same server does for the
 * least possible page. Linked from nowhere; it shows nothing but a word.
 */
export default async function BenchBaselinePage() {
  await connection();
  return (
    <main className="p-6">
      <p>ok</p>
    </main>
  );
}
