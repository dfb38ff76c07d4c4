/**
 * Search as an officer uses it: the relevance suite (every query in
 * tests/support/search-queries.ts must find its page in the top 3), the same
 * ranking in the search page itself, and no dead end when nothing matches.
 */
import { test, expect, axeViolations } from '../support/site';
import { RELEVANCE_QUERIES } from '../support/search-queries';
import { runRelevance, formatRelevance } from '../support/search-relevance';

/** The result pages the search page shows, in order, once the results for `term` have arrived. */
async function shownResults(page: import('@playwright/test').Page, term: string, n = 3) {
  const ui = page.locator(`.search-ui[data-searched="${term}"]`);
  await expect(ui).toHaveAttribute('data-result-count', /\d+/);
  const count = Math.min(n, Number(await ui.getAttribute('data-result-count')));
  const links = page.locator('pagefind-results .pf-result a.pf-result-link');
  await expect(links.nth(count - 1)).toHaveAttribute('href', /\//);
  return (await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).slice(0, count);
}

test('the relevance suite: every officer query finds its page in the top 3', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const run = await runRelevance(page, baseURL!, RELEVANCE_QUERIES);
  const report = formatRelevance(run);
  console.log(report.join('\n'));
  expect(run.total).toBeGreaterThanOrEqual(30);
  expect(run.results.filter((r) => !r.hit).map((r) => `"${r.query}" should find ${r.page}; top 3: ${r.top.join(', ') || 'none'}`)).toEqual([]);
});

test('the search page ranks as the suite does: "NHS trust" from the header box finds health bodies first', async ({ page, consoleErrors, offsite }) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Search this site' });
  await box.fill('NHS trust');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=NHS\+trust/);
  const shown = await shownResults(page, 'NHS trust');
  expect(shown[0]).toBe('/who-we-work-with/health-body/');
  const api = await runRelevance(page, '', [{ query: 'NHS trust', page: '/who-we-work-with/health-body/', kind: 'sector' }]);
  expect(shown).toEqual(api.results[0]!.top);
  await expect(page.locator('[data-search-none]')).toBeHidden();
  expect(consoleErrors).toEqual([]);
  expect(offsite).toEqual([]);
});

test('a search that finds nothing says so and offers the services, the calculator and contact, by keyboard and to a screen reader', async ({ page, consoleErrors }) => {
  await page.goto('/search/?q=qwxzvb');
  await expect(page.locator('pagefind-summary')).toHaveText('No pages match qwxzvb. Below are links to our services, the savings calculator and how to contact us.');
  const none = page.locator('[data-search-none]');
  await expect(none).toBeVisible();
  await expect(none.getByRole('link')).toHaveText(['our 21 services', 'the savings calculator', 'contact us']);
  // Screen readers hear it from Pagefind's live region.
  await expect(page.locator('[data-pagefind-announcer] [aria-live]').filter({ hasText: 'No pages match qwxzvb' })).toHaveCount(1);
  // From the search field, Tab reaches the ways on.
  await page.locator('pagefind-input input').focus();
  const services = none.getByRole('link', { name: 'our 21 services' });
  for (let i = 0; i < 10 && !(await services.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(services).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/services\/$/);
  expect(consoleErrors).toEqual([]);
});

test('the no-results links go once a search finds something, and the page has no accessibility problems either way', async ({ page }) => {
  await page.goto('/search/?q=qwxzvb');
  await expect(page.locator('[data-search-none]')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  const input = page.locator('pagefind-input input');
  await input.fill('payroll');
  const shown = await shownResults(page, 'payroll');
  expect(shown[0]).toBe('/services/payroll/');
  await expect(page.locator('[data-search-none]')).toBeHidden();
  expect(await axeViolations(page)).toEqual([]);
});
