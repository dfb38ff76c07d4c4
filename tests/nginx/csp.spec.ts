/**
 * The Content Security Policy we ship, served by nginx with our own config:
 * what it allows, that every inline script is pinned by hash, and that every
 * page, the calculator and search work under it with no violation reported.
 */
import { test, expect, sitemapPaths, inlineScripts, parseCsp } from './support';

const paths = sitemapPaths();

test('the policy allows nothing from other origins and no inline script without a hash', async ({ request }) => {
  const res = await request.get('/');
  const header = res.headers()['content-security-policy'];
  expect(header, 'every page needs a Content-Security-Policy header').toBeTruthy();
  const csp = parseCsp(header!);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'self'"]);
  const scripts = csp.get('script-src') ?? csp.get('default-src')!;
  expect(scripts, 'scripts must not run inline without a hash').not.toContain("'unsafe-inline'");
  expect(scripts, 'no eval of JavaScript (WebAssembly only)').not.toContain("'unsafe-eval'");
  for (const [directive, sources] of csp) {
    for (const s of sources) {
      const allowed = /^'(self|none|unsafe-inline|wasm-unsafe-eval|sha(256|384|512)-[A-Za-z0-9+/=]+)'$/.test(s) || (directive === 'img-src' && s === 'data:');
      expect(allowed, `${directive} names "${s}": only our own origin, hashes and keywords are allowed`).toBe(true);
    }
  }
  // 'unsafe-inline' is tolerated for styles only, and only where the page's own policy pins inline styles by hash.
  for (const [directive, sources] of csp) {
    if (sources.includes("'unsafe-inline'")) expect(directive, `'unsafe-inline' in ${directive}`).toMatch(/^style-src/);
  }
});

test('every inline script in the build is pinned by hash in the shipped policy, and every pinned hash is used', async ({ request }) => {
  const header = (await request.get('/')).headers()['content-security-policy']!;
  const pinned = (parseCsp(header).get('script-src') ?? []).filter((s) => s.startsWith("'sha"));
  const inline = inlineScripts();
  const missing = [...new Set(inline.filter((s) => !pinned.includes(s.hash)).map((s) => `${s.hash} (first in ${s.file})`))];
  expect(missing, 'add these to script-src in public/_headers and hosting/nginx/snippets/onesource-headers.conf').toEqual([]);
  const used = new Set(inline.map((s) => s.hash));
  expect(pinned.filter((h) => !used.has(h)), 'no page has these inline scripts any more: remove them from both policies').toEqual([]);
});

test.describe('every page works under the policy', () => {
  for (const path of [...paths, '/no-such-page/']) {
    test(`${path} loads with no CSP violation and no console error`, async ({ page, violations, consoleErrors }) => {
      const missing = path === '/no-such-page/';
      const res = await page.goto(path, { waitUntil: 'load' });
      expect(res?.status()).toBe(missing ? 404 : 200);
      expect(res?.headers()['content-security-policy']).toBeTruthy();
      // Astro's own policy in the page pins its inline scripts and styles by hash, on any host.
      const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(meta, 'the page carries its own <meta> policy (security.csp in astro.config.mjs)').toBeTruthy();
      expect(parseCsp(meta!).get('script-src')).not.toContain("'unsafe-inline'");
      expect(parseCsp(meta!).get('style-src')).not.toContain("'unsafe-inline'");
      // The stylesheet applied: the skip link is moved off screen by our CSS, not by the browser's defaults.
      const skip = page.locator('a.skip-link');
      await expect(skip).toHaveCount(1);
      expect(await skip.evaluate((el) => el.getBoundingClientRect().bottom <= 0 || getComputedStyle(el).position !== 'static')).toBe(true);
      expect(violations).toEqual([]);
      // The 404 page's own status is reported as one console error; nothing else may be.
      expect(consoleErrors).toEqual(missing ? ['Failed to load resource: the server responded with a status of 404 ()'] : []);
    });
  }
});

test('the calculator runs and recalculates under the policy', async ({ page, violations, consoleErrors }) => {
  test.skip(!paths.includes('/savings-calculator/'), 'the calculator page is not in this build');
  await page.goto('/savings-calculator/');
  // The calculator's script marks the page once it has taken it over.
  const calculator = page.locator('.calc');
  await expect(calculator).toHaveCount(1);
  await expect(calculator).toHaveAttribute('data-ready', '', { timeout: 15_000 });
  const figures = page.locator('[data-figure][data-value]');
  expect(await figures.count()).toBeGreaterThan(0);
  const before = await figures.evaluateAll((els) => els.map((e) => e.getAttribute('data-value')).join('|'));
  const budget = page.locator('input#budget');
  await budget.fill('123456789');
  await page.locator('form.calc-form button[type="submit"]').click();
  await expect
    .poll(() => figures.evaluateAll((els) => els.map((e) => e.getAttribute('data-value')).join('|')), { timeout: 10_000 })
    .not.toBe(before);
  await expect(page).toHaveURL(/budget=123456789/);
  expect(violations).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('search loads its index and WebAssembly and finds a page under the policy', async ({ page, violations, consoleErrors }) => {
  await page.goto('/search/?q=payroll');
  await expect(page.locator('pagefind-results a[href*="/services/payroll/"]').first()).toBeVisible({ timeout: 15_000 });
  expect(violations).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
