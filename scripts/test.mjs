// `npm test`: typecheck, lint, formatting (Prettier), unit and integration tests (Vitest), then a production build served to the
// end-to-end tests (Playwright in Chromium). Runs on the embedded database, or on PostgreSQL when
// DATABASE_URL is set. Ends with one summary line: "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

process.env.NEXT_TELEMETRY_DISABLED = '1';
const reports = '.data/test-reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const started = Date.now();
const timings = [];
function step(name, command, args, env = {}) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  timings.push(`${name} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

function counts() {
  let passed = 0;
  let failed = 0;
  const vitest = `${reports}/vitest.json`;
  if (existsSync(vitest)) {
    const r = JSON.parse(readFileSync(vitest, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
  }
  const playwright = `${reports}/playwright.json`;
  if (existsSync(playwright)) {
    const r = JSON.parse(readFileSync(playwright, 'utf8'));
    passed += r.stats.expected + (r.stats.flaky ?? 0);
    failed += r.stats.unexpected;
  }
  return { passed, failed };
}

function finish(ok) {
  const { passed, failed } = counts();
  console.log(`\n${timings.join(' · ')} · total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`database: ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite'}`);
  console.log(`tests: ${passed} passed, ${ok ? failed : Math.max(failed, 1)} failed`);
  process.exit(ok ? 0 : 1);
}

const ok =
  step('typecheck', 'npx', ['tsc', '--noEmit']) &&
  step('lint', 'npx', ['eslint', '.', '--max-warnings=0']) &&
  step('format', 'npx', ['prettier', '--check', '--log-level=warn', '.']) &&
  step('unit + integration', 'npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reports}/vitest.json`,
  ]) &&
  step('build', 'npx', ['next', 'build']) &&
  step('end-to-end', 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json` });
finish(ok);
