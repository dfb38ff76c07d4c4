/**
 * Helpers for the hosting tests: what the shipped host files say
 * (public/_headers, public/_redirects), what the build holds (pages, inline
 * scripts) and a page fixture that records every Content Security Policy
 * violation the browser reports.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test as base, expect } from '@playwright/test';

export const DIST = process.env.HOSTING_DIST ?? 'dist';
export const HTTP_PORT = Number(process.env.NGINX_HTTP_PORT);
export const HTTPS_PORT = Number(process.env.NGINX_HTTPS_PORT);
/** The address every canonical link and redirect points at. */
export const CANONICAL_ORIGIN = 'https://www.onesource.co.uk';

/** Every page path in the built sitemap, e.g. "/services/payroll/". */
export function sitemapPaths(): string[] {
  const file = join(DIST, 'sitemap-0.xml');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before the hosting tests.`);
  return [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

export function htmlFiles(dir = DIST): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...htmlFiles(p));
    else if (e.name.endsWith('.html')) out.push(p);
  }
  return out;
}

/** Inline scripts the browser would run (not JSON-LD), with the CSP hash of each and where it is. */
export function inlineScripts(): { hash: string; file: string }[] {
  const found: { hash: string; file: string }[] = [];
  for (const file of htmlFiles()) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const attrs = m[1] ?? '';
      if (/\bsrc\s*=/.test(attrs)) continue;
      const type = attrs.match(/\btype\s*=\s*"?([^"\s>]+)/i)?.[1]?.toLowerCase();
      if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
      found.push({ hash: `'sha256-${createHash('sha256').update(m[2]!, 'utf8').digest('base64')}'`, file: relative(DIST, file) });
    }
  }
  return found;
}

/** A parsed Content-Security-Policy: directive name to its sources. */
export function parseCsp(value: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of value.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

type Rule = { pattern: string; headers: Record<string, string> };

/** public/_headers as Netlify and Cloudflare Pages read it: a path pattern, then indented "Name: value" lines. */
export function headersFile(): Rule[] {
  const rules: Rule[] = [];
  for (const line of readFileSync('public/_headers', 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const m = line.trim().match(/^([A-Za-z0-9-]+):\s*(.*)$/);
    if (!m || !rules.length) throw new Error(`public/_headers: cannot read the line "${line.trim()}"`);
    rules.at(-1)!.headers[m[1]!.toLowerCase()] = m[2]!;
  }
  return rules;
}

/** public/_redirects: "from to status" per line. */
export function redirectsFile(): { from: string; to: string; status: number }[] {
  return readFileSync('public/_redirects', 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [from, to, status] = l.split(/\s+/);
      return { from: from!, to: to!, status: Number(status ?? 301) };
    });
}

/**
 * A page that records Content Security Policy violations (from the DOM event,
 * registered before any page script runs) and console errors.
 */
export const test = base.extend<{ violations: string[]; consoleErrors: string[] }>({
  violations: async ({ page }, use) => {
    const violations: string[] = [];
    await page.exposeFunction('__reportCspViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __reportCspViolation: (v: string) => void }).__reportCspViolation(
          `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || e.documentURI}:${e.lineNumber} (${e.sample || 'no sample'})`,
        );
      });
    });
    await use(violations);
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
