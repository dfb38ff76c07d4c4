/**
 * Drafts and scheduled news never reach the public site. content/news/
 * 2014-07-01-example-draft.mdx is a real draft kept for this test: it must be
 * missing from the news list, its own address, the sitemap, the RSS feed and
 * search. Scheduling is proved on the build itself: no published item is
 * dated after the day the site was built.
 */
import { readFileSync } from 'node:fs';
import { test, expect, sitemapPaths } from '../support/site';
import { siteToday } from '../../src/lib/content-rules';

const DRAFT = '/news/2014-07-01-example-draft/';
const DRAFT_WORD = 'quillwort';

test('a draft news item is not on the site, in the sitemap, in RSS or in search', async ({ page, request }) => {
  expect(readFileSync('content/news/2014-07-01-example-draft.mdx', 'utf8'), 'the draft fixture must stay a draft').toMatch(/^draft: true$/m);

  expect((await request.get(DRAFT)).status()).toBe(404);
  expect(sitemapPaths()).not.toContain(DRAFT);

  const rss = await (await request.get('/news/rss.xml')).text();
  expect(rss).not.toContain('example-draft');

  await page.goto('/news/');
  await expect(page.locator(`a[href="${DRAFT}"]`)).toHaveCount(0);
  await expect(page.getByText('Example draft')).toHaveCount(0);

  // Ask the search index directly. Pagefind also returns near matches, so look at what comes back.
  const found = await page.evaluate(async (words) => {
    const script = '/pagefind/pagefind.js';
    const pagefind = await import(script);
    const out: Record<string, { url: string; text: string }[]> = {};
    for (const w of words) {
      const { results } = await pagefind.search(w);
      out[w] = await Promise.all(results.map(async (r: { data: () => Promise<{ url: string; content: string }> }) => {
        const d = await r.data();
        return { url: d.url, text: d.content };
      }));
    }
    return out;
  }, [DRAFT_WORD, 'Example draft', 'APSE']);
  for (const w of [DRAFT_WORD, 'Example draft']) {
    expect(found[w]!.map((r) => r.url)).not.toContain(DRAFT);
    for (const r of found[w]!) expect(r.text).not.toContain(DRAFT_WORD);
  }
  // The control: a word from a published news item is found.
  expect(found.APSE!.some((r) => r.url.startsWith('/news/'))).toBe(true);
});

test('no published news item is dated after the day the site was built', async ({ request }) => {
  // The build's "today" is London's date (src/lib/content-rules.ts); compare calendar days.
  const built = siteToday();
  const rss = await (await request.get('/news/rss.xml')).text();
  const days = [...rss.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((m) => new Date(Date.parse(m[1]!)).toISOString().slice(0, 10));
  expect(days.length).toBeGreaterThan(0);
  for (const d of days) expect(d <= built, `${d} is after ${built}`).toBe(true);
  for (const path of sitemapPaths().filter((p) => /^\/news\/\d{4}-\d{2}-\d{2}-/.test(p))) {
    expect(path.slice(6, 16) <= built, path).toBe(true);
  }
});
