import { envProblems } from './env';

export async function startServer(): Promise<void> {
  const problems = envProblems();
  if (problems.length > 0) {
    for (const problem of problems) console.error(`roster: invalid environment: ${problem}`);
    process.exit(1);
  }
  const [{ migrateDatabase }, { getDatabase }, { seedDemoIfEmpty }] = await Promise.all([
    import('@/db/migrate'),
    import('@/db'),
    import('@/db/seed'),
  ]);
  try {
    await migrateDatabase();
    const { kind } = await getDatabase();
    const force = process.env.SEED_DEMO === '1';
    if (force || (kind === 'embedded' && process.env.SEED_DEMO !== '0')) {
      const seeded = await seedDemoIfEmpty({ force });
      if (seeded) console.log(`roster: seeded the demo organization "${seeded}" (logins in README.md)`);
    }
  } catch (error) {
    console.error(`roster: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
