/** The bench's bare baseline page is no part of the shipped app: only a server the bench starts serves it. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import BenchBaselinePage from '@/app/bench-baseline/page';

const digestOf = (error: unknown) => String((error as { digest?: string }).digest ?? error);

describe('/bench-baseline', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is not found unless the bench started the server', async () => {
    vi.stubEnv('BENCH_BASELINE', '');
    const error = await BenchBaselinePage().catch((e: unknown) => e);
    expect(digestOf(error)).toContain('404');
  });

  it('is served when BENCH_BASELINE=1', async () => {
    vi.stubEnv('BENCH_BASELINE', '1');
    // Outside a request connection() may refuse; what matters is that the page does not answer 404.
    const outcome = await BenchBaselinePage().catch((e: unknown) => e);
    expect(digestOf(outcome)).not.toContain('404');
  });
});
