// Runs once when a server process starts: validate the environment, migrate, and seed an empty
// embedded database. On the embedded database this must happen inside the server process, the only
// process allowed to open it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startServer } = await import('./lib/startup');
  await startServer();
}
