/**
 * The calculator's long tasks while it hydrates, on a slow CPU: a benchmark
 * the quality report runs and prints beside the typing benchmark
 * (responsiveness.mjs); its budget is in budgets.json.
 *
 * Each run, in a fresh browser context of Playwright's Chromium driving the
 * production build as nginx serves it, with the CPU slowed 4 times
 * (Emulation.setCPUThrottlingRate, as Lighthouse's mobile setting does):
 * the page is opened and left alone until the calculator marks itself ready
 * (.calc[data-ready]: every part shows this visit's figures), then 500 ms
 * more. Every task of the main thread over 50 ms from the start is counted
 * (Long Tasks API), and the Long Animation Frames API names the scripts in
 * each long frame (which function of which file, and what called it), so a
 * long task that remains can be named. The run's figure is its longest task.
 */
import { chromium } from '@playwright/test';
import { requireChromium, CHROMIUM_ARGS } from '../../tests/support/browser.ts';
import { trustFlags } from './nginx.mjs';
import { median } from './lighthouse.mjs';
import { CPU_SLOWDOWN, slowedPage } from './responsiveness.mjs';

/** Records long tasks and long animation frames from before the page's own scripts run. */
function observeTasks() {
  const w = /** @type {any} */ (window);
  w.__longTasks = [];
  w.__longFrames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push({ startMs: Math.round(e.startTime), durationMs: Math.round(e.duration) });
  }).observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of /** @type {any[]} */ (list.getEntries()))
        w.__longFrames.push({
          startMs: Math.round(e.startTime),
          durationMs: Math.round(e.duration),
          scripts: e.scripts.map((s) => ({ what: `${s.invoker}${s.sourceFunctionName ? ` (${s.sourceFunctionName})` : ''}`, file: s.sourceURL ? new URL(s.sourceURL).pathname : '', durationMs: Math.round(s.duration) })),
        });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // A browser without Long Animation Frames still counts the tasks.
  }
}

async function oneRun(browser, url) {
  const { context, page } = await slowedPage(browser, observeTasks);
  try {
    await page.goto(url);
    await page.waitForSelector('.calc[data-ready]', { state: 'attached', timeout: 30_000 });
    const readyMs = await page.evaluate(() => Math.round(performance.now()));
    await page.waitForTimeout(500);
    const { tasks, frames } = await page.evaluate(() => ({ tasks: /** @type {any} */ (window).__longTasks, frames: /** @type {any} */ (window).__longFrames }));
    const long = tasks.filter((t) => t.durationMs > 50);
    // A task is named by the scripts of the long frame it falls in.
    const named = long.map((t) => {
      const frame = frames.find((f) => t.startMs >= f.startMs - 1 && t.startMs <= f.startMs + f.durationMs);
      const scripts = (frame?.scripts ?? []).filter((s) => s.durationMs >= 5).sort((a, b) => b.durationMs - a.durationMs);
      return { ...t, scripts: scripts.map((s) => `${s.what} in ${s.file || 'the page'}: ${s.durationMs} ms`) };
    });
    return { readyMs, longestTaskMs: Math.max(0, ...tasks.map((t) => t.durationMs)), tasksOver50: named };
  } finally {
    await context.close();
  }
}

/** Runs the benchmark `runs` times on `url` and returns every run with the median of the longest tasks. */
export async function measureHydration(url, { runs = 5, spki, log = () => {} } = {}) {
  const browser = await chromium.launch({ executablePath: requireChromium(), args: [...CHROMIUM_ARGS, ...(spki ? trustFlags(spki) : [])] });
  try {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const r = await oneRun(browser, url);
      results.push(r);
      log(`  run ${i + 1}/${runs}: longest task ${r.longestTaskMs} ms, ready after ${r.readyMs} ms; ${r.tasksOver50.length ? r.tasksOver50.map((t) => `${t.durationMs} ms at ${t.startMs} ms (${t.scripts.join('; ') || 'no script named'})`).join(', ') : 'no task over 50 ms'}`);
    }
    return { url: new URL(url).pathname, cpuSlowdown: CPU_SLOWDOWN, runs: results, longestTaskMs: median(results.map((r) => r.longestTaskMs)) };
  } finally {
    await browser.close();
  }
}
