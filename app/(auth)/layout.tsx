import type { ReactNode } from 'react';

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-start justify-center bg-bg-subtle px-4 py-16">
      <div className="w-full max-w-sm rounded-lg border border-border bg-bg p-6 shadow-sm">
        <p className="mb-6 text-sm font-bold tracking-wider text-accent uppercase">Roster</p>
        {children}
      </div>
    </main>
  );
}
