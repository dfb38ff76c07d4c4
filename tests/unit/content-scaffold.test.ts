/**
 * `npm run new`: each content type gets a correctly named file whose
 * frontmatter passes the site's schema, whose body has the right heading
 * levels, and whose ✎ instruction lines the content check reports until a
 * writer replaces them. Once they are replaced the file is clean.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { scaffold, slugify, TYPES } from '../../scripts/new.mjs';
import { checkContent } from '../../scripts/check-content/check';
import { formatProblem } from '../../scripts/check-content/problems';

const OUT = 'test-results/scaffold';
const TITLES: Record<string, string> = {
  news: 'oneSource shortlisted for MJ Awards',
  event: 'CIPFA annual conference 2026',
  service: 'Print and post',
  sector: 'Fire and rescue services',
  page: 'Our history',
  method: 'Customer through a framework',
  way: 'Interim support',
};

/** A writer's real words in place of each instruction. */
const finish = (text: string) =>
  text
    .replace(/summary: "✎[^"]*"/, 'summary: "A short, true account of what this item says, written for the people who will read it in search results."')
    .replace(/"✎ ([^"]*)"/g, (_, s: string) => `"${s.replace(/[^\w ]/g, '')} text"`)
    .replace(/✎ ?/g, '');

beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
});

describe('npm run new', () => {
  it('offers the seven content types', () => {
    expect(Object.keys(TYPES).sort()).toEqual(['event', 'method', 'news', 'page', 'sector', 'service', 'way']);
  });

  it('names files after the title, news with its date first', () => {
    expect(scaffold('news', TITLES.news, { date: '2026-05-01' }).path).toBe('content/news/2026-05-01-onesource-shortlisted-for-mj-awards.mdx');
    expect(scaffold('event', TITLES.event).path).toBe('content/events/cipfa-annual-conference-2026.mdx');
    expect(scaffold('sector', TITLES.sector).path).toBe('content/sectors/fire-and-rescue-services.mdx');
    expect(slugify('Savings of £40m: what we did & how')).toBe('savings-of-40m-what-we-did-and-how');
    expect(slugify('A'.repeat(30) + ' ' + 'b'.repeat(40)).length).toBeLessThanOrEqual(60);
  });

  for (const type of Object.keys(TITLES)) {
    it(`${type}: valid frontmatter, only the ✎ lines reported, and clean once they are replaced`, () => {
      const { path, text } = scaffold(type, TITLES[type]!, { date: '2026-05-01' });
      const draft = join(OUT, 'draft', path.replace(/^content\//, ''));
      const done = join(OUT, 'done', path.replace(/^content\//, ''));
      for (const [file, body] of [[draft, text], [done, finish(text)]] as const) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, body);
      }
      const check = (dir: string) =>
        checkContent({ dirs: ['content', `${OUT}/${dir}`], report: (f) => f.startsWith(`${OUT}/${dir}/`), now: new Date('2026-06-01') }).problems.map(formatProblem);

      const before = check('draft');
      expect(before.length).toBeGreaterThan(0);
      for (const line of before) expect(line).toMatch(/this is still the scaffold's instruction, not your words {2}replace the whole line starting ✎ with your own text$/);
      expect(check('done')).toEqual([]);
    });
  }

  it('starts news and events as drafts', () => {
    expect(scaffold('news', 'x y z').text).toMatch(/^draft: true$/m);
    expect(scaffold('event', 'x y z').text).toMatch(/^draft: true$/m);
  });

  it('writes the file from the command line, and will not overwrite one', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'onesource-new-'));
    const script = join(process.cwd(), 'scripts/new.mjs');
    const run = () => spawnSync(process.execPath, [script, 'news', 'oneSource', 'shortlisted', 'for', 'MJ', 'Awards', '--date', '2026-05-01'], { cwd, encoding: 'utf8' });
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    const file = join(cwd, 'content/news/2026-05-01-onesource-shortlisted-for-mj-awards.mdx');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('title: "oneSource shortlisted for MJ Awards"');
    expect(first.stdout).toContain('Created content/news/2026-05-01-onesource-shortlisted-for-mj-awards.mdx');
    expect(first.stdout).toContain('npm run check:content');
    const second = run();
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('already exists');
    rmSync(cwd, { recursive: true, force: true });
  });

  it('explains itself when the type is unknown', () => {
    const run = spawnSync(process.execPath, ['scripts/new.mjs', 'blog', 'Title'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Types: news, event, service, sector, page, method, way');
  });
});
