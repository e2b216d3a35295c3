// The production server under test: `next start` of the existing build (built first only when the build
// is missing or older than the sources), its readiness, its peak resident memory, and stopping it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const SOURCES = [
  'app',
  'components',
  'lib',
  'db',
  'domain',
  'emails',
  'auth.ts',
  'auth.config.ts',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.ts',
  'package.json',
];

function newestSource(): number {
  let newest = 0;
  const visit = (entry: string) => {
    if (!existsSync(entry)) return;
    const stat = statSync(entry);
    if (stat.isDirectory()) for (const child of readdirSync(entry)) visit(path.join(entry, child));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const source of SOURCES) visit(path.join(root, source));
  return newest;
}

/** Builds when `.next/BUILD_ID` is missing or older than a source file; returns the seconds spent. */
export function ensureBuild(log: (line: string) => void): number {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= newestSource()) return 0;
  log('bench: the production build is missing or older than the sources: running `next build`');
  const started = performance.now();
  const result = spawnSync('npx', ['next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('bench: `next build` failed');
  return (performance.now() - started) / 1000;
}

export type Server = {
  port: number;
  pid: number;
  child: ChildProcess;
  output: () => string;
  peakRssMb: () => number;
  stop: () => Promise<void>;
  /** kill -9 of the whole tree, as a crash or an OOM kill would. */
  crash: () => void;
};

/** Every process of the server's tree (next start may run the server in a child process). */
function treeOf(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) {
    const children = spawnSync('pgrep', ['-P', String(all[i])], { encoding: 'utf8' }).stdout.trim();
    if (children) all.push(...children.split('\n').map(Number));
  }
  return all;
}

function vmHwmKb(pid: number): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

export async function startServer(options: {
  port: number;
  databaseUrl: string;
  authSecret: string;
  extraEnv?: Record<string, string>;
}): Promise<Server> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: options.databaseUrl,
    AUTH_SECRET: options.authSecret,
    AUTH_TRUST_HOST: 'true',
    APP_URL: `http://127.0.0.1:${options.port}`,
    SEED_DEMO: '0',
    BENCH_BASELINE: '1', // serves /bench-baseline, the bare page every ratio is measured against
    RESEND_API_KEY: '', // never send email from a benchmark: invitation emails stay in the outbox
    PORT: String(options.port),
    ...options.extraEnv,
  };
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(options.port), '-H', '127.0.0.1'],
    {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`bench: the server exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`http://127.0.0.1:${options.port}/bench-baseline`);
      await response.text();
      if (response.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`bench: the server did not answer within 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const pid = child.pid!;
  return {
    port: options.port,
    pid,
    child,
    output: () => output,
    peakRssMb: () => Math.max(...treeOf(pid).map(vmHwmKb)) / 1024,
    crash: () => {
      for (const p of treeOf(pid)) {
        try {
          process.kill(p, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      for (const p of treeOf(pid).reverse()) {
        try {
          process.kill(p, 'SIGTERM');
        } catch {
          /* already gone */
        }
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
