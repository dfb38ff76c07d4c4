/**
 * Dependencies: `npm run audit:deps`.
 *
 * 1. Every package in package.json (dependencies and devDependencies) has a
 *    row in README.md's "Dependencies and why each is there" table, and the
 *    table names no package that is gone.
 * 2. `npm audit --omit=dev`: no high or critical advisory for what the
 *    site ships with (the production dependencies).
 *
 * npm's advisory service is a POST to the registry. Where the registry this
 * machine uses refuses that (some mirrors answer 405), the audit cannot run:
 * the check says so loudly and does not fail, because nothing about the
 * dependencies is known to be wrong. Set REQUIRE_NPM_AUDIT=1 to make that a
 * failure (for a CI with full registry access).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const problems = [];

// 1. README lists every dependency.
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);
const readme = readFileSync(join(repo, 'README.md'), 'utf8');
const section = readme.split(/^## Dependencies and why each is there\s*$/m)[1]?.split(/^## /m)[0];
if (!section) {
  problems.push('README.md has no "## Dependencies and why each is there" section');
} else {
  const listed = new Set();
  for (const line of section.split('\n')) {
    const cell = line.match(/^\|\s*([^|]+?)\s*\|\s*[^|]+\|\s*$/)?.[1];
    if (!cell || cell === 'package' || /^-+$/.test(cell)) continue;
    for (const name of cell.replace(/\(dev\)/g, '').split(',')) listed.add(name.trim().replace(/`/g, ''));
  }
  for (const name of declared) if (!listed.has(name)) problems.push(`README.md: ${name} is in package.json but not in the dependencies table (say why it is there)`);
  for (const name of listed) if (!declared.has(name)) problems.push(`README.md: the dependencies table lists ${name}, which package.json does not have`);
}

// 2. npm audit, production dependencies only.
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = spawnSync(npm, ['audit', '--omit=dev', '--json'], { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
let audit;
try {
  audit = JSON.parse(run.stdout);
} catch {
  audit = undefined;
}
const counts = audit?.metadata?.vulnerabilities;
let auditLine;
if (counts) {
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  auditLine = `npm audit --omit=dev: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`;
  if (serious > 0) {
    for (const [name, v] of Object.entries(audit.vulnerabilities ?? {})) {
      if (['high', 'critical'].includes(v.severity)) problems.push(`npm audit: ${name} (${v.severity}) ${[v.via].flat().map((x) => (typeof x === 'string' ? x : x.title)).join('; ')}${v.fixAvailable ? ' — a fix is available' : ''}`);
    }
  }
} else {
  const why = (audit?.message ?? audit?.error?.summary ?? `${run.stderr}`.split('\n').find((l) => /error|405|ENOTFOUND|ECONN/i.test(l)) ?? 'no answer').trim();
  auditLine = `npm audit --omit=dev: NOT CHECKED, the advisory service could not be reached (${why})`;
  if (process.env.REQUIRE_NPM_AUDIT === '1') problems.push(auditLine);
}

console.log(`Dependencies: ${declared.size} packages in package.json, each listed in README.md${problems.some((p) => p.startsWith('README')) ? ' (not all, see below)' : ''}`);
console.log(auditLine);
if (problems.length) {
  console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
