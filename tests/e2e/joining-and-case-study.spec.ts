/**
 * The two pages a council officer uses to decide: joining, step by step, and
 * the Havering and Newham case study. The step-by-step's times must be the
 * calculator's own (content/calculator/routes.yaml), read here from the same
 * file, so a change there that does not reach the page fails.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect, sitemapPaths, axeViolations } from '../support/site';

const STEPS = '/joining/step-by-step/';
const CASE = '/case-studies/havering-and-newham/';
const routes = parse(readFileSync('content/calculator/routes.yaml', 'utf8')) as { id: string; leadTime: { label: string; value: number; unit: string }[] }[];

test.describe('joining, step by step, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows every step open, and every route with the times the calculator uses', async ({ page, offsite, consoleErrors }) => {
    const res = await page.goto(STEPS);
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText('Joining oneSource, step by step');
    expect(await page.locator('script:not([type="application/ld+json"])').count(), 'the page needs no script').toBe(0);

    // GOV.UK's pattern: numbered steps, with "and" and "or" where steps go together or are alternatives.
    const circles = await page.locator('.step-nav__circle').allTextContents();
    expect(circles[0]).toBe('1');
    expect(circles).toContain('and');
    expect(circles).toContain('or');
    for (const title of await page.locator('.step-nav__title').all()) await expect(title).toBeVisible();

    expect(routes).toHaveLength(5);
    for (const r of routes) {
      const items = page.locator(`[data-figure="lead-step"][data-route="${r.id}"]`);
      await expect(items, `${r.id}: one line per leadTime step in routes.yaml`).toHaveCount(r.leadTime.length);
      for (const [i, step] of r.leadTime.entries()) {
        const item = items.nth(i);
        await expect(item).toHaveAttribute('data-value', String(step.value));
        await expect(item).toContainText(step.label);
        await expect(item.locator('strong').first()).toHaveText(`${step.value} ${step.value === 1 ? step.unit.replace(/s$/, '') : step.unit}`);
      }
      const months = r.leadTime.filter((s) => s.unit === 'months').reduce((s, x) => s + x.value, 0);
      await expect(page.locator(`td[data-figure="lead-total"][data-route="${r.id}"]`)).toHaveAttribute('data-value', String(months));
      await expect(page.locator(`strong[data-figure="lead-total"][data-route="${r.id}"]`)).toHaveText(`${months} months`);
    }

    // The reasoning behind each time opens with the browser's own <details>, no script needed.
    const first = page.locator('[data-figure="lead-step"] details').first();
    await expect(first.locator('p').first()).toBeHidden();
    await first.locator('summary').click();
    await expect(first.locator('p').first()).toBeVisible();
    expect(offsite).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('is linked from the home page, the joining page and every method page', async ({ page }) => {
    for (const path of ['/', '/joining/', ...routes.map((r) => `/joining/${r.id}/`)]) {
      await page.goto(path);
      await expect(page.locator(`main a[href^="${STEPS}"]`).first(), `${path} links to ${STEPS}`).toBeVisible();
    }
    // Each method page links to its own route on the step-by-step, and that anchor exists.
    await page.goto('/joining/company-shareholder/');
    await expect(page.locator(`main a[href="${STEPS}#route-company-shareholder"]`)).toHaveCount(1);
    await page.goto(`${STEPS}#route-company-shareholder`);
    await expect(page.locator('#route-company-shareholder')).toBeVisible();
  });
});

// axe runs as a script in the page, so this check needs JavaScript on; the page itself does not.
test('joining, step by step, has no accessibility problems, with every explanation open', async ({ page }) => {
  await page.goto(STEPS);
  for (const d of await page.locator('details').all()) await d.evaluate((el) => el.setAttribute('open', ''));
  expect(await axeViolations(page)).toEqual([]);
});

test('both pages are in the sitemap and the search index', async ({ page }) => {
  const paths = sitemapPaths();
  for (const p of [STEPS, CASE, '/case-studies/']) expect(paths).toContain(p);
  await page.goto('/search/');
  const urls = await page.evaluate(async (words) => {
    const script = '/pagefind/pagefind.js';
    const pagefind = await import(script);
    const out: Record<string, string[]> = {};
    for (const w of words) {
      const { results } = await pagefind.search(w);
      out[w] = await Promise.all(results.map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url));
    }
    return out;
  }, ['shareholding', 'scrutiny']);
  expect(urls.shareholding).toContain(STEPS);
  expect(urls.scrutiny).toContain(CASE);
});

test('the case study has Article structured data, its sections and a source on every key figure', async ({ page }) => {
  await page.goto(CASE);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  const article = ld['@graph'].find((n: { '@type': string }) => n['@type'] === 'Article');
  expect(article).toMatchObject({
    headline: await page.locator('h1').textContent(),
    url: expect.stringMatching(/\/case-studies\/havering-and-newham\/$/),
    datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    author: { '@id': expect.stringMatching(/#organization$/) },
    about: [{ name: 'London Borough of Havering' }, { name: 'London Borough of Newham' }],
  });
  expect(ld['@graph'].map((n: { '@type': string }) => n['@type'])).toContain('BreadcrumbList');
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');

  const headings = await page.locator('main h2').allTextContents();
  for (const h of ['The challenge', 'What the councils did', 'The results in the first years', 'What others can learn']) expect(headings).toContain(h);

  const figures = page.locator('[data-component="KeyFigure"]');
  expect(await figures.count()).toBeGreaterThanOrEqual(10);
  for (const f of await figures.all()) await expect(f.locator('.stat__source')).toContainText(/Source: \S/);
  for (const v of ['21', '1,350', '9 months', '30%', '9%', '11%', '£40m', '£6.9m', '£8.5m']) {
    await expect(figures.locator('.stat__value', { hasText: new RegExp(`^${v.replace(/[.$]/g, '\\$&')}$`) })).toHaveCount(1);
  }
});

test('the case study is linked from the home page, about, why oneSource and the case studies index', async ({ page }) => {
  for (const path of ['/', '/about/', '/why-onesource/', '/case-studies/']) {
    await page.goto(path);
    await expect(page.locator(`main a[href="${CASE}"]`).first(), `${path} links to the case study`).toBeVisible();
  }
});

test('events show the period the plan gives, never a year or day it does not', async ({ page }) => {
  await page.goto('/events/');
  const lgc = page.locator('#lgc-awards-2015');
  await expect(lgc.locator('.meta')).toContainText('2014-15');
  await expect(lgc.locator('time')).toHaveCount(0);
  await expect(page.locator('#lga-annual-conference .meta')).toContainText('2014 or 2015');
  await expect(page.locator('main')).not.toContainText('makes no claim');
});
