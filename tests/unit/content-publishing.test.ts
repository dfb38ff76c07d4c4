/**
 * Drafts and scheduling. The rule (isLive) is tested here; that every page,
 * the sitemap, search and RSS obey it follows from one fact tested here too:
 * only src/lib/content.ts reads news and events, and every route asks it.
 * The browser test content-drafts.spec.ts checks the built site itself.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isLive } from '~/lib/content-rules';
import { walk } from '../../scripts/check-content/files';
import { buildRoutes, judgeLink } from '../../scripts/check-content/routes';
import { checkContent } from '../../scripts/check-content/check';
import { newsDates } from '../../deploy/plan.mjs';

const today = new Date('2026-06-01T09:00:00Z');

describe('what is live', () => {
  it('a published item dated today or earlier is live', () => {
    expect(isLive({ draft: false, date: new Date('2026-06-01') }, today)).toBe(true);
    expect(isLive({ date: new Date('2014-04-01') }, today)).toBe(true);
  });

  it('a draft is never live, whatever its date', () => {
    expect(isLive({ draft: true, date: new Date('2014-04-01') }, today)).toBe(false);
  });

  it('an item dated in the future waits for its day', () => {
    expect(isLive({ draft: false, date: new Date('2026-06-02') }, today)).toBe(false);
    expect(isLive({ draft: false, date: new Date('2026-06-02') }, new Date('2026-06-02T06:00:00Z'))).toBe(true);
  });
});

describe('every page reads news and events through the publishing rule', () => {
  it('no route, feed or component reads the news or events collections directly', () => {
    const readers = walk('src')
      .filter((f) => /\.(astro|ts|tsx|mjs)$/.test(f))
      .filter((f) => /getCollection\(\s*['"](news|events)['"]|getEntry\(\s*['"](news|events)['"]/.test(readFileSync(`src/${f}`, 'utf8')));
    expect(readers).toEqual(['lib/content.ts']);
  });

  it('content.ts filters both collections with isLive outside the preview', () => {
    const source = readFileSync('src/lib/content.ts', 'utf8');
    expect(source).toMatch(/getCollection\('news', \(e\) => preview \|\| isLive\(e\.data\)\)/);
    expect(source).toMatch(/getCollection\('events', \(e\) => preview \|\| isLive\(\{ draft: e\.data\.draft \}\)\)/);
    expect(source).toMatch(/const preview = import\.meta\.env\.DEV;/);
  });

  it('the example draft in content/news is a draft', () => {
    expect(readFileSync('content/news/2014-07-01-example-draft.mdx', 'utf8')).toMatch(/^draft: true$/m);
  });
});

describe('the content check knows what is not published', () => {
  it('a link to a scheduled item says when it will appear', () => {
    const routes = buildRoutes(process.cwd(), { news: [] }, [{ id: '2026-09-01-new-partner', why: 'scheduled for 2026-09-01' }]);
    expect(judgeLink('/news/2026-09-01-new-partner/', routes)).toMatchObject({ ok: false, wrong: '/news/2026-09-01-new-partner/ is scheduled for 2026-09-01, so it is not on the site' });
  });

  it('treats the example draft as unpublished', () => {
    // Any link to it would be reported; the check itself raises nothing about the draft.
    const { problems } = checkContent({ now: today, report: (f) => f.endsWith('2014-07-01-example-draft.mdx') });
    expect(problems).toEqual([]);
  });
});

describe('the publish plan reads news dates as the site does', () => {
  // deploy/plan.mjs decides whether a scheduled run has anything new to
  // publish without installing packages, so it reads the fields itself.
  it('finds the date of every news item that is not a draft, as the YAML says', () => {
    const expected = readdirSync('content/news')
      .filter((f) => /\.mdx?$/.test(f))
      .sort()
      .map((f) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/news/${f}`, 'utf8'))![1]!) as { date: Date | string; draft?: boolean })
      .filter((d) => !d.draft)
      .map((d) => (d.date instanceof Date ? d.date.toISOString().slice(0, 10) : String(d.date)));
    expect(expected.length).toBeGreaterThan(3);
    expect(newsDates('content/news')).toEqual(expected);
  });

  it('counts a date it cannot read as due, so a scheduled run publishes rather than miss the day', () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-'));
    try {
      writeFileSync(join(dir, 'a.mdx'), '---\ntitle: A\ndate: "2026-07-02"\n---\nText');
      writeFileSync(join(dir, 'b.mdx'), '---\ntitle: B\ndate: 2 July 2026\n---\nText');
      writeFileSync(join(dir, 'c.mdx'), '---\ntitle: C\ndate: 2026-07-03\ndraft: true\n---\nText');
      writeFileSync(join(dir, 'd.mdx'), 'No fields at all');
      expect(newsDates(dir)).toEqual(['2026-07-02', 'unreadable', 'unreadable']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
