import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { benchBaselineServed } from '@/lib/env';

export const metadata: Metadata = { title: 'Benchmark baseline', robots: { index: false, follow: false } };

/**
 * The baseline of `npm run bench` (bench/run.ts): a dynamic page of this server that reads no session and
 * no database, so every page's throughput can be compared with what the same server does for the least
 * possible page. Served only by a server the bench starts (BENCH_BASELINE=1); anywhere else it is not found.
 */
export default async function BenchBaselinePage() {
  await connection(); // decided per request, never at build time
  if (!benchBaselineServed()) notFound();
  return (
    <main className="p-6">
      <p>ok</p>
    </main>
  );
}
