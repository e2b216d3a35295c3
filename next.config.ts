import os from 'node:os';
import type { NextConfig } from 'next';
import { envValue } from './lib/env';

const isDev = process.env.NODE_ENV !== 'production';

// Next's bootstrapping scripts are inline, hence 'unsafe-inline' for scripts; nothing else may load from
// other origins, and no page may be framed (clickjacking on Confirm buttons).
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${isDev ? ' ws: wss:' : ''}`,
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join('; ');

/**
 * The hosts `next dev` serves its scripts and hot reload to. Next 16 refuses them to any origin but
 * localhost, and a page opened at 127.0.0.1 or at the "Network" address it prints never hydrates (every
 * button stays disabled). This machine's own addresses, read at start, plus ALLOWED_DEV_ORIGINS.
 */
function devOrigins(): string[] {
  const own = Object.values(os.networkInterfaces()).flatMap((list) =>
    (list ?? []).filter((a) => a.family === 'IPv4' && !a.internal).map((a) => a.address),
  );
  // Hosts only: a scheme or port written into the variable is dropped.
  const extra = (envValue('ALLOWED_DEV_ORIGINS') ?? '').split(',').map((h) => h.trim().replace(/^\w+:\/\/|[:/].*$/g, ''));
  return [...new Set(['localhost', '127.0.0.1', ...own, ...extra])].filter(Boolean);
}

const nextConfig: NextConfig = {
  allowedDevOrigins: isDev ? devOrigins() : undefined,
  // Another build beside the usual .next, e.g. `NEXT_DIST_DIR=.data/next-b` for a second end-to-end run at once
  // (next build then adds that folder's types to tsconfig.json: leave that change out of commits).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // PGlite loads its wasm and data files from its own package folder; bundling would rewrite those paths.
  // rate-limiter-flexible imports drizzle-orm with a computed specifier, which a bundle cannot resolve.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'rate-limiter-flexible'],
  poweredByHeader: false,
  // Add inputs sends image files through its server action: up to 8 MB of files a submission
  // (lib/validations/input-files.ts), and the proxy's 10 MB default request limit stays above this.
  experimental: { serverActions: { bodySizeLimit: '9mb' } },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: contentSecurityPolicy },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
      {
        // Uploaded image bytes, opened on their own: a policy under which nothing could run (the route
        // sets the same; a rule here would otherwise replace it, as the later rule wins).
        source: '/api/orgs/:orgId/apps/:appId/inputs/:inputId/image',
        headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; style-src 'unsafe-inline'; sandbox" }],
      },
    ];
  },
};

export default nextConfig;
