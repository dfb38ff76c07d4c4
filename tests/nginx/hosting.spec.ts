/**
 * dist/ served by nginx with the shipped config (hosting/nginx/), checked the
 * way a browser meets it: security headers everywhere, caching, compression,
 * HTTP/2, the 404 page and every redirect. The Netlify and Cloudflare files
 * (public/_headers, public/_redirects) must say the same as nginx does.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, DIST, HTTP_PORT, CANONICAL_ORIGIN, headersFile, redirectsFile } from './support';

const rules = headersFile();
const everywhere = rules.find((r) => r.pattern === '/*');
const hashed = rules.find((r) => r.pattern === '/_astro/*');
const asset = (ext: string) => {
  const name = readdirSync(join(DIST, '_astro')).find((f) => f.endsWith(ext));
  if (!name) throw new Error(`no ${ext} file in ${DIST}/_astro/`);
  return `/_astro/${name}`;
};

const SECURITY = ['content-security-policy', 'strict-transport-security', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'x-frame-options'];
const HTML_CACHE = 'public, max-age=0, must-revalidate';
const HASHED_CACHE = 'public, max-age=31536000, immutable';

test('public/_headers sets every security header for every path, and a year for hashed files only', () => {
  expect(everywhere, 'public/_headers needs a /* rule').toBeTruthy();
  for (const h of SECURITY) expect(everywhere!.headers[h], `public/_headers /* sets ${h}`).toBeTruthy();
  expect(everywhere!.headers['cache-control'], 'Cache-Control under /* would be joined to the /_astro/* one on Cloudflare').toBeUndefined();
  expect(hashed?.headers['cache-control']).toBe(HASHED_CACHE);
  expect(everywhere!.headers['cross-origin-opener-policy'], 'no COOP: hosting/nginx/snippets/onesource-headers.conf says why').toBeUndefined();
});

test.describe('nginx sends the same headers as public/_headers', () => {
  const cases: [string, number][] = [
    ['/', 200],
    ['/services/payroll/', 200],
    ['/savings-calculator/', 200],
    ['/no-such-page/', 404],
    ['/calculator/', 301],
    ['/about', 301],
  ];
  for (const [path, status] of cases) {
    test(`${path} (${status})`, async ({ request }) => {
      const res = await request.get(path, { maxRedirects: 0 });
      expect(res.status()).toBe(status);
      const headers = res.headers();
      for (const [name, value] of Object.entries(everywhere!.headers)) expect(headers[name], name).toBe(value);
      // A first visit pays a new renderer process for it, and the site has nothing it would protect (the snippet gives the figures).
      expect(headers['cross-origin-opener-policy'], 'no Cross-Origin-Opener-Policy').toBeUndefined();
      expect(headers['server'], 'no version number in the Server header').toBe('nginx');
    });
  }
  test('a hashed stylesheet', async ({ request }) => {
    const res = await request.get(asset('.css'));
    expect(res.status()).toBe(200);
    for (const [name, value] of Object.entries({ ...everywhere!.headers, ...hashed!.headers })) expect(res.headers()[name], name).toBe(value);
  });
});

test('caching: a year for hashed files, a day for images, revalidate pages, feeds, search index and errors', async ({ request }) => {
  const cache = async (path: string, status = 200) => {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(status);
    return res.headers()['cache-control'];
  };
  expect(await cache(asset('.css'))).toBe(HASHED_CACHE);
  expect(await cache(asset('.js'))).toBe(HASHED_CACHE);
  for (const p of ['/', '/services/payroll/', '/news/rss.xml', '/sitemap-index.xml', '/robots.txt', '/pagefind/pagefind-entry.json']) {
    expect(await cache(p), p).toBe(HTML_CACHE);
  }
  expect(await cache('/og-image.png')).toBe('public, max-age=86400');
  expect(await cache('/favicon.png')).toBe('public, max-age=86400');
  // A file that is not there must not be remembered for a year.
  expect(await cache('/_astro/no-such-file.js', 404)).toBe(HTML_CACHE);
});

test('a browser gets the site over HTTP/2, compressed, with the security headers', async ({ page }) => {
  const encodings = new Map<string, string | undefined>();
  page.on('response', async (r) => encodings.set(new URL(r.url()).pathname, (await r.allHeaders())['content-encoding']));
  const res = await page.goto('/savings-calculator/');
  const headers = await res!.allHeaders();
  for (const h of SECURITY) expect(headers[h], h).toBeTruthy();
  expect(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).nextHopProtocol)).toBe('h2');
  await page.waitForLoadState('networkidle');
  expect(encodings.get('/savings-calculator/')).toBe('gzip');
  const styles = [...encodings].filter(([p]) => p.endsWith('.css'));
  const scripts = [...encodings].filter(([p]) => p.endsWith('.js'));
  expect(styles.length).toBeGreaterThan(0);
  for (const [p, enc] of [...styles, ...scripts]) {
    // Tiny files are not worth compressing (gzip_min_length).
    if (enc !== 'gzip') expect((await (await page.request.get(p)).body()).length, `${p} is sent uncompressed`).toBeLessThan(256);
  }
});

test('a browser keeps hashed files and revalidates pages', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  // What happened to each request: its path, whether the browser's cache answered, and the status on the wire.
  const requests = new Map<string, { path: string; fromCache: boolean; wireStatus?: number }>();
  cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { path: new URL(e.request.url).pathname, fromCache: false }));
  cdp.on('Network.requestServedFromCache', (e) => requests.get(e.requestId) && (requests.get(e.requestId)!.fromCache = true));
  cdp.on('Network.responseReceived', (e) => e.response.fromDiskCache && requests.get(e.requestId) && (requests.get(e.requestId)!.fromCache = true));
  cdp.on('Network.responseReceivedExtraInfo', (e) => requests.get(e.requestId) && (requests.get(e.requestId)!.wireStatus = e.statusCode));
  const visit = async (path: string) => {
    requests.clear();
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    return [...requests.values()];
  };
  const first = await visit('/');
  const css = first.find((r) => r.path.endsWith('.css'))!.path;
  expect(first.find((r) => r.path === css)?.fromCache).toBe(false);
  const next = await visit('/about/');
  expect(next.find((r) => r.path === css), `${css} should come from the browser's cache on the next page`).toMatchObject({ fromCache: true });
  const back = await visit('/');
  // The page itself is asked for again, and nginx answers 304 Not Modified: fresh after every deploy, cheap otherwise.
  expect(back.find((r) => r.path === '/'), 'the home page must be revalidated, not shown from cache unasked').toMatchObject({ fromCache: false, wireStatus: 304 });
});

test('the 404 page is served, styled, with status 404, for any missing path', async ({ page, request }) => {
  const res = await page.goto('/services/no-such-service/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  // Our stylesheet applied: the skip link is off screen.
  expect(await page.locator('a.skip-link').evaluate((el) => el.getBoundingClientRect().right <= 0)).toBe(true);
  for (const p of ['/no-such-page', '/404.html', '/_headers', '/_redirects', '/_astro/']) {
    const r = await request.get(p, { maxRedirects: 0 });
    expect(r.status(), p).toBe(404);
    expect(await r.text(), p).toContain('Page not found');
  }
});

test.describe('redirects', () => {
  for (const { from, to, status } of redirectsFile()) {
    test(`${from} → ${to} (public/_redirects, served by nginx)`, async ({ request }) => {
      const res = await request.get(from, { maxRedirects: 0 });
      expect(res.status()).toBe(status);
      expect(res.headers()['location']).toBe(to);
    });
  }

  test('the query string survives, so a shared calculator link still works', async ({ page, request }) => {
    const res = await request.get('/calculator/?org=district-council&years=5', { maxRedirects: 0 });
    expect(res.headers()['location']).toBe('/savings-calculator/?org=district-council&years=5');
    await page.goto('/calculator/?org=district-council');
    await expect(page).toHaveURL(/\/savings-calculator\/\?org=district-council$/);
  });

  test('one address per page: a missing slash and index.html redirect to the canonical path', async ({ request }) => {
    const location = async (p: string) => (await request.get(p, { maxRedirects: 0 })).headers()['location'];
    expect(await location('/about')).toBe('/about/');
    expect(await location('/services/payroll?x=1')).toBe('/services/payroll/?x=1');
    expect(await location('/about/index.html')).toBe('/about/');
    expect(await location('/index.html?q=1')).toBe('/?q=1');
  });

  test('plain HTTP goes to the canonical HTTPS address, path and query kept', async ({ request }) => {
    const res = await request.get(`http://127.0.0.1:${HTTP_PORT}/services/payroll/?a=1`, { maxRedirects: 0 });
    expect(res.status()).toBe(301);
    expect(res.headers()['location']).toBe(`${CANONICAL_ORIGIN}/services/payroll/?a=1`);
  });

  test('the bare domain goes to www, with HSTS', async ({ request }) => {
    const res = await request.get('/joining/?a=1', { maxRedirects: 0, headers: { host: 'onesource.co.uk' } });
    expect(res.status()).toBe(301);
    expect(res.headers()['location']).toBe(`${CANONICAL_ORIGIN}/joining/?a=1`);
    expect(res.headers()['strict-transport-security']).toBe(everywhere!.headers['strict-transport-security']);
  });
});

test('files are served with their real type, as nosniff requires', async ({ request }) => {
  const type = async (p: string) => (await request.get(p)).headers()['content-type'];
  expect(await type('/')).toBe('text/html; charset=utf-8');
  expect(await type(asset('.css'))).toBe('text/css; charset=utf-8');
  expect(await type(asset('.js'))).toBe('application/javascript; charset=utf-8');
  expect(await type('/favicon.png')).toBe('image/png');
  expect(await type('/news/rss.xml')).toMatch(/^(text|application)\/(rss\+)?xml/);
  expect(await type('/pagefind/pagefind.js')).toBe('application/javascript; charset=utf-8');
});
