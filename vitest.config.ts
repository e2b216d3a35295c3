import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.dirname(new URL(import.meta.url).pathname);
const alias = {
  '@': root,
  // `server-only` throws outside a React Server bundle; in tests the whole process is the server.
  'server-only': path.join(root, 'tests/support/empty.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.{ts,tsx}'],
          environment: 'node',
          // One database per worker (PGlite in memory, or the PostgreSQL of DATABASE_URL) shared by its
          // files: opening PGlite costs seconds, so files must not each get a fresh process.
          pool: 'forks',
          isolate: false,
          globalSetup: ['tests/support/global-setup.ts'],
          setupFiles: ['tests/support/setup.ts'],
          // next-auth imports `next/server` without an extension, which Node's ESM resolver rejects;
          // letting Vite resolve it fixes that.
          server: { deps: { inline: ['next-auth'] } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          env: {
            AUTH_SECRET: 'integration-secret-0123456789abcdef0123456789',
            APP_URL: 'http://localhost:3000',
            // Every simulated request comes from one address: the per-IP sign-in limit is tested on its own.
            LIMIT_SIGN_IN_PER_IP: '100000',
            ...(process.env.DATABASE_URL ? {} : { PGLITE_DATA_DIR: 'memory://' }),
          },
        },
      },
    ],
  },
});
