/**
 * Lighthouse over the served site, with its default mobile settings (a
 * mid-range phone on a slow 4G connection, simulated), in Debian's Chromium
 * or whichever Chromium tests/support/browser.ts finds.
 *
 * Each page is measured `runs` times. The figures reported are those of the
 * run with the median performance score; the best score and the lowest Total
 * Blocking Time are kept as well, for the budgets.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { requireChromium, CHROMIUM_ARGS } from '../../tests/support/browser.ts';
import { trustFlags } from './nginx.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function summarise(lhr) {
  const a = lhr.audits;
  const requests = (a['network-requests']?.details?.items ?? []).filter((r) => /^https?:/.test(r.url));
  const failing = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id].auditRefs) {
      const audit = a[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) failing.push(`${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    }
  }
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)])),
    lcpMs: Math.round(a['largest-contentful-paint'].numericValue),
    fcpMs: Math.round(a['first-contentful-paint'].numericValue),
    tbtMs: Math.round(a['total-blocking-time'].numericValue),
    cls: Number(a['cumulative-layout-shift'].numericValue.toFixed(4)),
    speedIndexMs: Math.round(a['speed-index'].numericValue),
    requests: requests.map((r) => ({ url: r.url, type: r.resourceType, status: r.statusCode, transferSize: r.transferSize })),
    failing,
    runWarnings: lhr.runWarnings ?? [],
  };
}

/**
 * One Lighthouse run. On a loaded machine Chromium now and then fails to
 * record a usable trace (NO_NAVSTART, NO_FCP); such a run is repeated, up to
 * twice, rather than taken as a result.
 */
async function measureOnce(port, url, log) {
  let last;
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      if (result?.lhr && !result.lhr.runtimeError) return result.lhr;
      last = result?.lhr?.runtimeError?.message ?? 'no result';
    } catch (e) {
      last = e.message;
    }
    log(`  (Lighthouse could not measure ${url}: ${last}; trying again)`);
  }
  throw new Error(`Lighthouse could not measure ${url} in 3 tries: ${last}`);
}

/**
 * Measures each { type, url } and returns them with scores, Core Web Vitals
 * and the requests the page made. `spki` lets Chromium trust the test
 * server's certificate as it would a real one.
 */
export async function runLighthouse(pages, { runs = 3, spki, log = () => {} } = {}) {
  const chrome = await chromeLauncher.launch({
    chromePath: requireChromium(),
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new', ...(spki ? trustFlags(spki) : [])],
    logLevel: 'silent',
  });
  const results = [];
  try {
    for (const page of pages) {
      const attempts = [];
      for (let i = 0; i < runs; i++) {
        const started = Date.now();
        attempts.push(summarise(await measureOnce(chrome.port, page.url, log)));
        log(`  ${page.type.padEnd(11)} run ${i + 1}/${runs}: performance ${attempts.at(-1).scores.performance} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
      }
      attempts.sort((x, y) => x.scores.performance - y.scores.performance || x.lcpMs - y.lcpMs);
      const median = attempts[Math.floor((attempts.length - 1) / 2)];
      results.push({
        ...page,
        ...median,
        runs,
        performanceRange: [attempts[0].scores.performance, attempts.at(-1).scores.performance],
        // Noise on a shared machine only ever adds time, so the best run is the
        // closest to what the page itself costs: budgets for the performance
        // score and TBT are judged on it (see budgets.json).
        best: { performance: attempts.at(-1).scores.performance, tbtMs: Math.min(...attempts.map((a) => a.tbtMs)) },
      });
    }
  } finally {
    await chrome.kill();
  }
  return results;
}
