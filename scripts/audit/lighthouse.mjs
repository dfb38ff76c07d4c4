/**
 * Lighthouse over the served site, with its default mobile settings (a
 * mid-range phone on a slow 4G connection, simulated), in Debian's Chromium
 * or whichever Chromium tests/support/browser.ts finds.
 *
 * Each page is measured `runs` times, the pages taking turns (page 1, page 2,
 * …, then page 1 again), so a burst of load on the machine falls on several
 * pages once each rather than on one page five times. Every figure reported
 * is the median over the runs, which is what a visitor meets; the value of
 * every run is kept beside it, so the spread is there to read.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { requireChromium, CHROMIUM_ARGS } from '../../tests/support/browser.ts';
import { trustFlags } from './nginx.mjs';
import { combineRuns } from './figures.mjs';

export { median } from './figures.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function summarise(lhr) {
  const a = lhr.audits;
  const requests = (a['network-requests']?.details?.items ?? []).filter((r) => /^https?:/.test(r.url));
  const failing = [];
  for (const id of CATEGORIES) {
    if (!lhr.categories[id]) continue;
    for (const ref of lhr.categories[id].auditRefs) {
      const audit = a[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) failing.push(`${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    }
  }
  return {
    scores: Object.fromEntries(CATEGORIES.filter((c) => lhr.categories[c]).map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)])),
    lcpMs: Math.round(a['largest-contentful-paint'].numericValue),
    fcpMs: Math.round(a['first-contentful-paint'].numericValue),
    tbtMs: Math.round(a['total-blocking-time'].numericValue),
    cls: Number(a['cumulative-layout-shift'].numericValue.toFixed(4)),
    speedIndexMs: Math.round(a['speed-index'].numericValue),
    // Lighthouse's own measure of the host CPU at the time of the run (under
    // 1,000 Lighthouse calls the host slower than its 4x CPU slowdown
    // assumes): how busy the machine was.
    benchmarkIndex: Math.round(lhr.environment?.benchmarkIndex ?? 0),
    // The main-thread tasks behind TBT, as Lighthouse saw them (simulated durations): where blocking time comes from.
    longTasks: (a['long-tasks']?.details?.items ?? []).map((t) => ({ url: t.url, startMs: Math.round(t.startTime), durationMs: Math.round(t.duration) })),
    requests: requests.map((r) => ({ url: r.url, type: r.resourceType, status: r.statusCode, transferSize: r.transferSize })),
    failing,
    runWarnings: lhr.runWarnings ?? [],
  };
}

/**
 * A Chromium for Lighthouse to drive, kept open across runs. `spki` lets
 * Chromium trust the test server's certificate as it would a real one;
 * `settings` are passed to Lighthouse as they are (scripts/audit/headers.mjs
 * uses them to compare throttling methods), and by default none are: the
 * report measures with Lighthouse's own mobile defaults.
 */
export async function openLighthouse({ spki, log = () => {}, chromeFlags = [], settings = {}, categories = CATEGORIES } = {}) {
  const chrome = await chromeLauncher.launch({
    chromePath: requireChromium(),
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new', ...(spki ? trustFlags(spki) : []), ...chromeFlags],
    logLevel: 'silent',
  });
  /**
   * One Lighthouse run. On a loaded machine Chromium now and then fails to
   * record a usable trace (NO_NAVSTART, NO_FCP); such a run is repeated, up
   * to twice, rather than taken as a result. A run that completes is always
   * kept, however slow.
   */
  async function measure(url) {
    let last;
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories, ...settings });
        if (result?.lhr && !result.lhr.runtimeError) return summarise(result.lhr);
        last = result?.lhr?.runtimeError?.message ?? 'no result';
      } catch (e) {
        last = e.message;
      }
      log(`  (Lighthouse could not measure ${url}: ${last}; trying again)`);
    }
    throw new Error(`Lighthouse could not measure ${url} in 3 tries: ${last}`);
  }
  return { measure, close: () => chrome.kill() };
}

const scoreLine = (a) => `performance ${String(a.scores.performance).padStart(3)}, TBT ${String(a.tbtMs).padStart(4)} ms`;

/**
 * Measures each { type, url } `runs` times, the pages taking turns, after a
 * visit to each page of `warmUp` that is not counted, and returns each page
 * with the medians and every run (combineRuns).
 */
export async function runLighthouse(pages, { runs = 5, spki, log = () => {}, warmUp = pages } = {}) {
  const lh = await openLighthouse({ spki, log });
  const attempts = pages.map(() => []);
  try {
    // A fresh Chromium is slower on the first visit to each page than on any
    // after it: the browser's own caches (font matching above all) are cold
    // for what that page shows, where a visitor's long-running browser has
    // them warm. In the four clean runs and the CI run of 2 December 2026, a
    // page's first run had a median blocking time of 36 ms against 14 to 25 ms
    // for its later runs (29 pages). So each page is visited once, in turn,
    // before the runs that count; those visits are logged and not counted.
    // (`warmUp` narrows that to fewer pages for a quick look.)
    for (const page of warmUp) {
      const a = await lh.measure(page.url).catch((e) => ({ error: e.message }));
      log(`  warm-up ${page.type.padEnd(11)} ${a.error ? `not measured (${a.error})` : scoreLine(a)} (not counted)`);
    }
    for (let i = 0; i < runs; i++) {
      for (const [k, page] of pages.entries()) {
        const started = Date.now();
        const a = await lh.measure(page.url);
        attempts[k].push(a);
        log(`  run ${i + 1}/${runs} ${page.type.padEnd(11)} ${scoreLine(a)} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      }
    }
  } finally {
    lh.close();
  }
  return pages.map((page, k) => ({ ...page, ...combineRuns(attempts[k]) }));
}
