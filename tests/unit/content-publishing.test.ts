/**
 * Drafts and scheduling. The rule (isLive) is tested here; that every page,
 * the sitemap, search and RSS obey it follows from one fact tested here too:
 * only src/lib/content.ts reads news and events, and every route asks it.
 * The browser test content-drafts.spec.ts checks the built site itself.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { isLive } from '~/lib/content-rules';
import { walk } from '../../scripts/check-content/files';
import { buildRoutes, judgeLink } from '../../scripts/check-content/routes';
import { checkContent } from '../../scripts/check-content/check';

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
