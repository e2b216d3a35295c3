// Generates AUTH_SECRET into .env.local on first run so `npm install && npm run dev` works on a fresh
// clone. .env.local is git-ignored: the secret never reaches the repository.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, appendFileSync } from 'node:fs';

const file = '.env.local';
const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
if (!process.env.AUTH_SECRET && !/^AUTH_SECRET=/m.test(current)) {
  const prefix = current && !current.endsWith('\n') ? '\n' : '';
  appendFileSync(file, `${prefix}AUTH_SECRET=${randomBytes(32).toString('base64url')}\n`);
  console.log('roster: generated AUTH_SECRET into .env.local');
}
