/**
 * The signed-out pages take URLs from anyone: repeated search parameters (`?token=a&token=b` arrives as
 * an array) and hostile values render the page, never a server error; a hostile `callbackUrl` never
 * reaches a link or a form as anything but a path of this app.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import SignInPage from '@/app/(auth)/sign-in/page';
import SignUpPage from '@/app/(auth)/sign-up/page';
import VerifyEmailPage from '@/app/(auth)/verify-email/page';
import InvitePage from '@/app/(auth)/invite/[token]/page';
import MailboxPage from '@/app/dev/mailbox/page';
import { SignInForm } from '@/app/(auth)/_components/sign-in-form';
import { SignUpForm } from '@/app/(auth)/_components/sign-up-form';
import { actAs } from '../support/session';
import { elementsOf, notFoundFrom } from '../factories/render';

// The mailbox page opts out of prerendering with connection(), which needs a request scope tests lack.
vi.mock('next/server', async (original) => ({ ...(await original<typeof import('next/server')>()), connection: async () => {} }));

const twice = (value: string) => [value, 'second'];
const hostile = ['\u0000', 'x'.repeat(5000), '%', '/%09/evil.example/x', 'https://evil.example', '\u202e'];

/** Every href and callbackUrl prop in a rendered tree (links and forms), however deep. */
function targetsOf(tree: unknown): string[] {
  const found: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object' || !('props' in node)) return;
    const props = (node as { props: Record<string, unknown> }).props;
    for (const key of ['href', 'callbackUrl']) if (typeof props[key] === 'string') found.push(props[key] as string);
    walk(props.children);
  };
  walk(tree);
  return found;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('signed-out pages with repeated and hostile search parameters', () => {
  it('sign-in, sign-up and verify-email render with arrays', async () => {
    await actAs(null);
    const sign = () => Promise.resolve({ callbackUrl: twice('/orgs/acme'), email: twice('a@example.test'), error: twice('1') });
    const signIn = await SignInPage({ searchParams: sign() });
    expect(elementsOf(signIn, SignInForm)[0]?.props).toMatchObject({ callbackUrl: '/orgs/acme', defaultEmail: 'a@example.test' });
    const signUp = await SignUpPage({ searchParams: sign() });
    expect(elementsOf(signUp, SignUpForm)[0]?.props).toMatchObject({ callbackUrl: '/orgs/acme' });
    await expect(VerifyEmailPage({ searchParams: Promise.resolve({ token: twice('not-a-token') }) })).resolves.toBeTruthy();
  });

  it.each(hostile.map((v) => [JSON.stringify(v).slice(0, 30), v]))('%s renders them and links only to this app', async (_name, value) => {
    await actAs(null);
    const search = () => Promise.resolve({ callbackUrl: value, email: value, error: value, token: value, to: value });
    for (const page of [SignInPage, SignUpPage]) {
      const tree = await page({ searchParams: search() });
      for (const target of targetsOf(tree)) {
        expect(target.startsWith('/') && !target.startsWith('//')).toBe(true);
        expect(decodeURIComponent(target)).not.toMatch(/evil\.example|[\u0000-\u001f\u202e]/);
      }
    }
    await expect(VerifyEmailPage({ searchParams: search() })).resolves.toBeTruthy();
    await expect(MailboxPage({ searchParams: search() })).resolves.toBeTruthy();
    // The invitation page takes its token from the path: an unknown one says so.
    await expect(InvitePage({ params: Promise.resolve({ token: value }) })).resolves.toBeTruthy();
  });

  it('the dev mailbox renders with arrays, and is a 404 in production unless MAILBOX_ENABLED=1', async () => {
    await expect(MailboxPage({ searchParams: Promise.resolve({ to: twice('a@example.test') }) })).resolves.toBeTruthy();
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('MAILBOX_ENABLED', '0');
    expect(await notFoundFrom(() => MailboxPage({ searchParams: Promise.resolve({}) }))).toBe(true);
    vi.stubEnv('MAILBOX_ENABLED', '1');
    expect(await notFoundFrom(() => MailboxPage({ searchParams: Promise.resolve({}) }))).toBe(false);
  });
});
