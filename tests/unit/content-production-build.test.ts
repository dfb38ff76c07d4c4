/**
 * The production build (ONESOURCE_BUILD=production, which the publish
 * workflow sets) against a copy of this checkout whose settings have been
 * edited: with one detail unconfirmed it must stop with the message naming
 * it; with every detail confirmed it must build, and no page may carry a
 * "to be confirmed" mark. A real `astro build` each time (about a minute on
 * this machine), because only a real build shows that nothing gets past it.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseDocument } from 'yaml';

const root = process.cwd();
let copy: string;

/** Every file git would commit (tracked, and new files not ignored), with node_modules linked package by package so Astro's caches stay in the copy. */
function copyCheckout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'onesource-production-'));
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of files) {
    try {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      cpSync(join(root, f), join(dir, f));
    } catch (e) {
      // A file deleted in the working tree but not yet in git's index.
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin') continue;
    symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

/** Rewrites the copy's settings with every detail confirmed except those named. */
function confirm(except: string[]) {
  const file = join(copy, 'content/site/settings.yaml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const set = (path: (string | number)[], field: string) => doc.setIn([...path, 'confirmed'], !except.includes(field));
  set(['contact', 'email'], 'contact.email');
  set(['contact', 'response'], 'contact.response');
  (doc.getIn(['contact', 'offices']) as { items: unknown[] }).items.forEach((_, i) => set(['contact', 'offices', i], `contact.offices[${i}]`));
  for (const k of ['dataController', 'lawfulBasis', 'records']) set(['privacy', k], `privacy.${k}`);
  (doc.get('social') as { items: unknown[] }).items.forEach((_, i) => set(['social', i], `social[${i}]`));
  writeFileSync(file, doc.toString());
}

function build() {
  // At the lowest priority, so the builds do not starve the test files that Vitest runs beside this one.
  const run = spawnSync('nice', ['-n', '19', process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: copy,
    env: { ...process.env, ONESOURCE_BUILD: 'production' },
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

function* pages(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* pages(p);
    else if (e.name.endsWith('.html')) yield p;
  }
}

describe('a production build', () => {
  beforeAll(() => {
    copy = copyCheckout();
  }, 120_000);
  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('refuses while one detail is unconfirmed, naming it and who must confirm it', () => {
    confirm(['contact.email']);
    const email = parseDocument(readFileSync(join(copy, 'content/site/settings.yaml'), 'utf8')).getIn(['contact', 'email', 'value']);
    const { status, output } = build();
    expect(status).not.toBe(0);
    expect(output).toContain('This is a production build, and it has stopped: the site would show 1 detail that nobody has confirmed yet.');
    expect(output).toContain(`1. The contact email address, "${email}" (contact.email). It must be confirmed by the oneSource business development team, who answer enquiries.`);
    expect(output).not.toContain('2. ');
  }, 600_000);

  it('builds once every detail is confirmed, with no page marked and the email in structured data', () => {
    confirm([]);
    const { status, output } = build();
    expect(status, output.slice(-3000)).toBe(0);
    const all = [...pages(join(copy, 'dist'))];
    expect(all.length).toBeGreaterThan(50);
    const marked = all.filter((p) => /to be confirmed|class="to-confirm/.test(readFileSync(p, 'utf8'))).map((p) => p.slice(copy.length));
    expect(marked).toEqual([]);
    const home = readFileSync(join(copy, 'dist/index.html'), 'utf8');
    expect(home).toMatch(/"email":"[^"]+@[^"]+"/);
    expect(home).toContain('"sameAs":["https://x.com/onesourceuk"]');
  }, 600_000);
});
