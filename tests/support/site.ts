import { readFileSync, existsSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Every page path in the built sitemap, e.g. "/services/payroll/". */
export function sitemapPaths(): string[] {
  const file = 'dist/sitemap-0.xml';
  if (!existsSync(file)) throw new Error('dist/sitemap-0.xml is missing: run `npm run build` before the browser tests.');
  const xml = readFileSync(file, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function axeViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * A page fixture that fails the test on any console error and records any
 * request that would leave this machine (the site must load nothing from
 * other origins). Such requests are aborted so a test never reaches out.
 */
export const test = base.extend<{ offsite: string[]; consoleErrors: string[] }>({
  offsite: async ({ page }, use) => {
    const offsite: string[] = [];
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (['127.0.0.1', 'localhost'].includes(url.hostname) || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
      offsite.push(url.href);
      return route.abort();
    });
    await use(offsite);
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await use(errors);
  },
});
export { expect };
