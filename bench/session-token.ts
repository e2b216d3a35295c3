// Whether lib/auth/session-token.ts still earns its place: the CPU of reading one session token with it
// and with Auth.js's decode(), one at a time and 50 at once (as a busy server does). Run:
// `npm run bench:session-token`.
import { decode, encode } from 'next-auth/jwt';
import { readSessionToken } from '../lib/auth/session-token';

const SECRET = 'bench-secret-0123456789abcdef0123456789abcdef';
const SALT = 'authjs.session-token';
const N = 5000;

/** µs of CPU a token (process.cpuUsage counts the thread pool's crypto jobs too). */
async function cpuPerToken(run: () => Promise<void>): Promise<number> {
  const cpu = process.cpuUsage();
  await run();
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / N;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const token = await encode({ token: { sub: 'user-1', sid: 'session-1', email: 'a@example.test' }, secret: SECRET, salt: SALT });
  const own: number[] = [];
  const serial: number[] = [];
  const concurrent: number[] = [];
  for (let round = 1; round <= 3; round++) {
    own.push(
      await cpuPerToken(async () => {
        for (let i = 0; i < N; i++) readSessionToken(token, [SECRET], SALT);
      }),
    );
    serial.push(
      await cpuPerToken(async () => {
        for (let i = 0; i < N; i++) await decode({ token, secret: SECRET, salt: SALT });
      }),
    );
    concurrent.push(
      await cpuPerToken(async () => {
        for (let i = 0; i < N / 50; i++) await Promise.all(Array.from({ length: 50 }, () => decode({ token, secret: SECRET, salt: SALT })));
      }),
    );
  }
  // One line, read by bench/run.ts: the median of three rounds of each.
  console.log(
    `session-token CPU µs: readSessionToken ${median(own).toFixed(1)}, decode ${median(serial).toFixed(1)}, decode x50 ${median(concurrent).toFixed(1)}`,
  );
}

void main();
