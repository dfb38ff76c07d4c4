/**
 * The quality report: `npm run audit:site`.
 *
 * Builds the site, serves it with the nginx config we ship, and measures one
 * page of each type (home, service, method, sector, news item, landscape,
 * search, calculator): Lighthouse's four scores with mobile settings, LCP,
 * TBT and CLS, each the median of 5 runs with every run kept (after a visit
 * to each page that is not counted, as a fresh browser's caches are cold);
 * JavaScript, CSS and HTML bytes (gzip, as nginx sends them); requests; the
 * first response against the 14 KB of a first round trip. On the calculator it
 * also measures the part of the first response that holds the form and the
 * headline estimate, lists every JavaScript file the page loads with the
 * modules in it, and runs the typing benchmark (responsiveness.mjs). It
 * checks every page's HTML and every link, runs a short load test on
 * loopback, and builds the site again with 1,000 generated news items to see
 * how it scales. For search it runs the relevance suite (the share of
 * officers' queries that find their page in the top 3) and gives what the
 * synonyms add to the search index (search.mjs). Budgets are in budgets.json.
 *
 * Writes reports/quality.json and reports/quality.md (plus a dated copy of
 * the JSON in reports/history/ so two builds can be compared; the summary
 * shows the change since the previous report) and exits non-zero when a
 * budget is broken.
 *
 *   --no-build     measure the dist/ that is there
 *   --ci           the form `npm test` runs: no build, and no HTML or link
 *                  checks (they are suites of their own there)
 *   --quick        one Lighthouse run per page, one typing run and no scale
 *                  build (for a quick look while working; not for comparing)
 *   --runs N       Lighthouse runs per page (the median is judged)
 *   --news N       generated news items for the scale build (default 1,000)
 *   --dist DIR     measure another build (implies --no-build)
 *   --no-scale, --no-load, --no-checks, --no-responsiveness
 *                  leave that part out
 */
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { cpus, totalmem } from 'node:os';
import { join, resolve, dirname, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startNginx, findNginx } from './nginx.mjs';
import { runLighthouse, CATEGORIES } from './lighthouse.mjs';
import { loadRun } from './load.mjs';
import { measureResponsiveness } from './responsiveness.mjs';
import { measureHydration } from './hydration.mjs';
import { scaleRun, measureDist } from './scale.mjs';
import { validateHtml, checkLinks } from './checks.mjs';
import { summary } from './summary.mjs';
import { firstViewEnd } from './figures.mjs';
import { measureRelevance, indexGrowth } from './search.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const reports = join(repo, 'reports');

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dist = resolve(value('--dist') ?? join(repo, 'dist'));
const ci = flag('--ci');
const quick = flag('--quick');
const opts = {
  build: !flag('--no-build') && !ci && !value('--dist'),
  checks: !flag('--no-checks') && !ci,
  scale: !flag('--no-scale') && !quick,
  load: !flag('--no-load'),
  responsiveness: !flag('--no-responsiveness'),
  news: Number(value('--news') ?? 1000),
};

if (Number(process.versions.node.split('.')[0]) < 22) {
  console.error(`Lighthouse needs Node 22 or later (this is ${process.version}). Run it as \`npm run audit:site\`, which uses the project's Node.`);
  process.exit(2);
}

const budgets = JSON.parse(readFileSync(join(repo, 'budgets.json'), 'utf8'));
const runs = Number(value('--runs') ?? (quick ? 1 : budgets.lighthouse.runs));
const log = (...a) => console.log(...a);
const step = (t) => log(`\n▸ ${t}`);

/** A tool's version from its own output (nginx prints it on stderr). */
function version(cmd, argv, pattern) {
  const r = spawnSync(cmd, argv, { encoding: 'utf8' });
  return `${r.stdout ?? ''}${r.stderr ?? ''}`.match(pattern)?.[1];
}

function gitState() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: repo, encoding: 'utf8' }).trim() !== '';
    return { commit, dirty };
  } catch {
    return { commit: 'unknown', dirty: false };
  }
}

/** A GET as a browser makes it (gzip accepted), measured on the wire: header and body bytes. */
function fetchSize(url) {
  return new Promise((ok, fail) => {
    const req = httpsRequest(url, { rejectUnauthorized: false, headers: { 'accept-encoding': 'gzip' } }, (res) => {
      let body = 0;
      res.on('data', (d) => (body += d.length));
      res.on('end', () => {
        let headers = `HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n`.length + 2;
        for (let i = 0; i < res.rawHeaders.length; i += 2) headers += `${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}\r\n`.length;
        ok({ status: res.statusCode, headerBytes: headers, bodyBytes: body, encoding: res.headers['content-encoding'] ?? 'none' });
      });
    });
    req.on('error', fail);
    req.end();
  });
}

const pageFile = (path) => {
  const p = decodeURIComponent(new URL(path, 'https://x').pathname);
  return join(dist, p.endsWith('/') ? `${p}index.html` : p);
};

/** Which page of each type to measure (budgets.json), with the limits that apply to it. */
function choosePages() {
  const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  return Object.entries(budgets.pages).map(([type, page]) => {
    let path = page.path;
    if (!path && page.pick) path = paths.filter((p) => new RegExp(page.pick).test(p)).sort().at(-1);
    const limits = { ...budgets.defaults, ...page, min: { ...budgets.defaults.min, ...(page.min ?? {}) } };
    return { type, path, limits, missing: !path || !existsSync(pageFile(path)) };
  });
}

const gz = (buf) => gzipSync(buf, { level: 6 }).length;

function criticalCss(path) {
  const head = readFileSync(pageFile(path), 'utf8').split('</head>')[0];
  const sheets = [...head.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => m[0].match(/href="([^"]+)"/)?.[1]).filter(Boolean);
  return sheets.reduce((n, href) => n + gz(readFileSync(join(dist, href.split('?')[0]))), 0);
}

/**
 * What a visitor needs before the calculator page is of any use: the form
 * (the one holding the annual cost field, #budget) and the headline estimate
 * (data-figure="annual-savings" data-scope="headline"), server-rendered.
 * Measured as the response headers plus the gzip bytes of the HTML from its
 * start to the end of whichever of the two closes later: what must arrive,
 * as nginx compresses it, before both can be drawn. The headers are counted
 * as HTTP/1.1 text, a little more than HTTP/2 sends.
 */
function firstView(path, headerBytes) {
  const html = readFileSync(pageFile(path), 'utf8');
  const f = firstViewEnd(html);
  if (!f.ok) return f;
  const bodyBytes = gz(Buffer.from(html.slice(0, f.end)));
  return { ok: true, htmlChars: f.end, ofChars: html.length, headerBytes, bodyBytes, totalBytes: headerBytes + bodyBytes };
}

/**
 * Every JavaScript file a page loads or can load, file by file: what
 * Lighthouse saw it fetch, and everything its own scripts reach by static
 * import (loaded at the start) or by dynamic import or as a worker (loaded
 * when the visitor asks, such as a download; still part of what the page
 * costs). The minifier writes module names in any of the three quotes. Bytes are gzip as nginx sends them. The modules in each file
 * come from .astro/chunks.json, which the build writes
 * (src/integrations/chunk-list.ts).
 */
async function pageScripts(origin, path, requests) {
  const html = readFileSync(pageFile(path), 'utf8');
  const entries = new Set();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) entries.add(m[1]);
  // An Astro island names its code in attributes: the component and the renderer that hydrates it.
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const a of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const url = m[0].match(new RegExp(`\\b${a}="([^"]+)"`))?.[1]?.replaceAll('&amp;', '&');
      if (url) entries.add(url);
    }
  }
  const observed = new Set(requests.filter((r) => r.type === 'Script').map((r) => new URL(r.url).pathname));
  const how = new Map();
  const visit = (url, loaded) => {
    if (how.get(url) === 'at start' || how.get(url) === loaded) return;
    if (!existsSync(join(dist, url))) return;
    how.set(url, loaded);
    const code = readFileSync(join(dist, url), 'utf8');
    const at = (spec) => posix.resolve(posix.dirname(url), spec);
    for (const m of code.matchAll(/(?:\bimport\s*\(|\bnew\s+Worker\s*\(\s*new\s+URL\s*\()\s*["'`]([^"'`]+\.m?js)["'`]/g)) visit(at(m[1]), 'on demand');
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'`]([^"'`]+\.m?js)["'`]/g)) visit(at(m[1]), loaded);
  };
  for (const e of entries) visit(e, 'at start');
  for (const o of observed) visit(o, 'at start');
  const recordFile = join(repo, '.astro/chunks.json');
  const record = existsSync(recordFile) ? JSON.parse(readFileSync(recordFile, 'utf8')) : undefined;
  const recorded = resolve(repo, record?.dist ?? '') === dist ? new Map(record.chunks.map((c) => [`/${c.file}`, c.modules])) : new Map();
  const files = [];
  for (const [url, loaded] of how) {
    const res = await fetchSize(`${origin}${url}`);
    files.push({ file: url, loaded, gzipBytes: res.bodyBytes, modules: recorded.get(url) });
  }
  files.sort((a, b) => (a.loaded === b.loaded ? b.gzipBytes - a.gzipBytes : a.loaded === 'at start' ? -1 : 1));
  const sum = (list) => list.reduce((n, f) => n + f.gzipBytes, 0);
  return {
    files,
    totalBytes: sum(files),
    atStartBytes: sum(files.filter((f) => f.loaded === 'at start')),
    modulesRecorded: files.every((f) => f.modules),
  };
}

async function measurePage(origin, page, lh) {
  const sizes = { html: 0, css: 0, js: 0, other: 0 };
  const seen = new Set();
  for (const r of lh.requests) {
    if (seen.has(r.url)) continue;
    seen.add(r.url);
    const kind = r.type === 'Document' ? 'html' : r.type === 'Stylesheet' ? 'css' : r.type === 'Script' ? 'js' : 'other';
    const u = new URL(r.url);
    const res = await fetchSize(`${origin}${u.pathname}${u.search}`);
    sizes[kind] += res.bodyBytes;
  }
  const first = await fetchSize(`${origin}${page.path}`);
  return {
    type: page.type,
    path: page.path,
    scores: lh.scores,
    lcpMs: lh.lcpMs,
    fcpMs: lh.fcpMs,
    tbtMs: lh.tbtMs,
    cls: lh.cls,
    speedIndexMs: lh.speedIndexMs,
    runs: lh.runs,
    bytes: { ...sizes, total: sizes.html + sizes.css + sizes.js + sizes.other },
    requests: seen.size,
    firstResponse: { headerBytes: first.headerBytes, bodyBytes: first.bodyBytes, totalBytes: first.headerBytes + first.bodyBytes, encoding: first.encoding },
    criticalCssBytes: criticalCss(page.path),
    firstView: page.limits.maxFirstViewBytes !== undefined ? firstView(page.path, first.headerBytes) : undefined,
    scripts: await pageScripts(origin, page.path, lh.requests),
    lighthouseFindings: lh.failing,
  };
}

/** Every budget as a line: what, actual, limit, met or not. */
function judge(report, pages) {
  const out = [];
  const add = (what, actual, limit, ok, aimOnly = false) => out.push({ what, actual, limit, ok, aimOnly });
  const n = report.environment.lighthouseRuns;
  const of = n === 1 ? '(1 run)' : `(median of ${n})`;
  for (const p of report.pages) {
    const l = pages.find((x) => x.type === p.type).limits;
    for (const c of CATEGORIES) {
      add(`${p.type}: Lighthouse ${c} ${of}`, p.scores[c], `≥ ${l.min[c]}`, p.scores[c] >= l.min[c]);
      if (budgets.lighthouse.aim[c] > l.min[c]) add(`${p.type}: Lighthouse ${c} ${of}, aim`, p.scores[c], `≥ ${budgets.lighthouse.aim[c]}`, p.scores[c] >= budgets.lighthouse.aim[c], true);
    }
    add(`${p.type}: Largest Contentful Paint ${of}`, `${p.lcpMs} ms`, `≤ ${l.maxLcpMs} ms`, p.lcpMs <= l.maxLcpMs);
    add(`${p.type}: Total Blocking Time ${of}`, `${p.tbtMs} ms`, `≤ ${l.maxTbtMs} ms`, p.tbtMs <= l.maxTbtMs);
    if (l.aimTbtMs !== undefined) add(`${p.type}: Total Blocking Time ${of}, aim`, `${p.tbtMs} ms`, `≤ ${l.aimTbtMs} ms`, p.tbtMs <= l.aimTbtMs, true);
    add(`${p.type}: Cumulative Layout Shift (worst run)`, p.cls, `≤ ${l.maxCls}`, p.cls <= l.maxCls);
    const js = p.scripts ? p.scripts.totalBytes : p.bytes.js;
    const jsWhat = p.scripts ? `${p.type}: JavaScript, every file the page loads or can load` : `${p.type}: JavaScript`;
    add(jsWhat, `${js} B`, `≤ ${l.maxJsBytes} B`, js <= l.maxJsBytes);
    if (l.aimJsBytes !== undefined) add(`${jsWhat}, aim`, `${js} B`, `≤ ${l.aimJsBytes} B`, js <= l.aimJsBytes, true);
    if (p.scripts && l.maxJsAtStartBytes !== undefined) {
      const start = p.scripts.atStartBytes;
      add(`${p.type}: JavaScript loaded at the start`, `${start} B`, `≤ ${l.maxJsAtStartBytes} B`, start <= l.maxJsAtStartBytes);
      if (l.aimJsAtStartBytes !== undefined) add(`${p.type}: JavaScript loaded at the start, aim`, `${start} B`, `≤ ${l.aimJsAtStartBytes} B`, start <= l.aimJsAtStartBytes, true);
    }
    add(`${p.type}: CSS`, `${p.bytes.css} B`, `≤ ${l.maxCssBytes} B`, p.bytes.css <= l.maxCssBytes);
    add(`${p.type}: HTML`, `${p.bytes.html} B`, `≤ ${l.maxHtmlBytes} B`, p.bytes.html <= l.maxHtmlBytes);
    add(`${p.type}: requests`, p.requests, `≤ ${l.maxRequests}`, p.requests <= l.maxRequests);
    if (l.maxHtmlPlusCriticalCssBytes !== undefined) {
      const total = p.firstResponse.bodyBytes + p.criticalCssBytes;
      add(`${p.type}: HTML and critical CSS`, `${total} B`, `≤ ${l.maxHtmlPlusCriticalCssBytes} B`, total <= l.maxHtmlPlusCriticalCssBytes);
    }
    if (l.maxFirstViewBytes !== undefined) {
      const f = p.firstView;
      add(
        `${p.type}: first response up to the end of the form and the headline estimate`,
        f.ok ? `${f.totalBytes} B` : f.problem,
        `≤ ${l.maxFirstViewBytes} B`,
        f.ok && f.totalBytes <= l.maxFirstViewBytes,
      );
    }
  }
  for (const p of pages.filter((x) => x.missing)) add(`${p.type}: page ${p.path ?? '(none found)'} in the build`, 'missing', 'present', false);
  if (report.responsiveness?.error) add('calculator: typing benchmark', report.responsiveness.error, 'runs', false);
  else if (report.responsiveness) {
    const r = report.responsiveness;
    const b = budgets.responsiveness;
    const runsOf = r.runs.length === 1 ? '1 run' : `median of ${r.runs.length}`;
    add(`calculator: the estimate for a typed figure is shown, every run`, `${r.runs.filter((x) => x.estimateShown).length} of ${r.runs.length}`, `${r.runs.length} of ${r.runs.length}`, r.estimateShownEveryRun);
    add(`calculator: longest key interaction while typing, CPU ${r.cpuSlowdown}x slower (${runsOf})`, `${r.interactionMs} ms`, `≤ ${b.maxInteractionMs} ms`, r.interactionMs <= b.maxInteractionMs);
    if (b.aimInteractionMs !== undefined) add(`calculator: longest key interaction while typing (${runsOf}), aim`, `${r.interactionMs} ms`, `≤ ${b.aimInteractionMs} ms`, r.interactionMs <= b.aimInteractionMs, true);
  }
  if (report.hydration?.error) add('calculator: hydration benchmark', report.hydration.error, 'runs', false);
  else if (report.hydration) {
    const h = report.hydration;
    const runsOf = h.runs.length === 1 ? '1 run' : `median of ${h.runs.length}`;
    const b = budgets.hydration;
    add(`calculator: longest task until ready, CPU ${h.cpuSlowdown}x slower (${runsOf})`, `${h.longestTaskMs} ms`, `≤ ${b.maxLongTaskMs} ms`, h.longestTaskMs <= b.maxLongTaskMs);
    if (b.aimLongTaskMs !== undefined) add(`calculator: longest task until ready (${runsOf}), aim`, `${h.longestTaskMs} ms`, `≤ ${b.aimLongTaskMs} ms`, h.longestTaskMs <= b.aimLongTaskMs, true);
  }
  if (report.search) {
    const { relevance: r, index: x } = report.search;
    const b = budgets.search;
    if (r.error) add('search: relevance queries found in the top 3', r.error, 'runs', false);
    else add('search: relevance queries that find their page in the top 3', `${r.hits} of ${r.total} (${r.rate}%)`, `${r.total} of ${r.total}`, r.hits === r.total && r.total >= b.minQueries);
    add('search: what the synonyms add to the search index', x.ok ? `${x.growthPercent}%` : x.problem, `≤ ${b.maxIndexGrowthPercent}%`, x.ok && x.growthPercent <= b.maxIndexGrowthPercent);
  }
  if (report.checks?.html) add('HTML validity problems', report.checks.html.problems.length, '0', report.checks.html.problems.length === 0);
  if (report.checks?.links) add('broken links and link problems', report.checks.links.problems.length, '0', report.checks.links.problems.length === 0);
  if (report.load) for (const l of report.load) add(`load run ${l.path}: errors and non-2xx`, l.errors + l.non2xx, '0', l.errors + l.non2xx === 0);
  return out;
}

async function main() {
  const started = Date.now();
  const report = {
    generatedAt: new Date().toISOString(),
    git: gitState(),
    mode: ci ? 'ci' : quick ? 'quick' : 'full',
    environment: {
      node: process.version,
      cpus: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      lighthouse: JSON.parse(readFileSync(join(repo, 'node_modules/lighthouse/package.json'), 'utf8')).version,
      chromium: version('/usr/bin/chromium', ['--version'], /(\d+\.\d+\.\d+\.\d+)/) ?? 'unknown',
      nginx: version(findNginx() ?? 'nginx', ['-v'], /nginx\/(\S+)/) ?? 'not found',
      lighthouseRuns: runs,
      settings: 'Lighthouse default mobile: Moto G Power emulation, simulated slow 4G, 4x CPU slowdown',
    },
  };

  if (opts.build) {
    step('Building the site (npm run build)');
    const t = Date.now();
    const b = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '-s', 'build'], { cwd: repo, stdio: 'inherit' });
    if (b.status !== 0) {
      console.error('The build failed, so there is nothing to measure.');
      process.exit(1);
    }
    report.build = { seconds: Number(((Date.now() - t) / 1000).toFixed(1)), ...measureDist(dist) };
  } else if (!existsSync(join(dist, 'index.html'))) {
    console.error('dist/ is empty: run `npm run build` first, or leave out --no-build / --ci.');
    process.exit(1);
  } else {
    report.build = { seconds: null, ...measureDist(dist) };
  }

  const pages = choosePages();
  const present = pages.filter((p) => !p.missing);

  if (opts.checks) {
    step('Checking every page: HTML validity and links');
    report.checks = { html: await validateHtml(dist), links: await checkLinks(dist) };
    log(`  ${report.checks.html.pages} pages validated, ${report.checks.html.problems.length} problems; ${report.checks.links.checked} links checked, ${report.checks.links.problems.length} problems`);
  }

  step('Serving dist/ with hosting/nginx/onesource.conf');
  const server = await startNginx({ dist });
  log(`  ${server.httpsUrl}/`);
  try {
    step(`Lighthouse, mobile, ${runs} run${runs === 1 ? '' : 's'} per page type`);
    const targets = present.map((p) => ({ type: p.type, url: `${server.httpsUrl}${p.path}` }));
    const lh = await runLighthouse(targets, { runs, spki: server.spki, log, warmUp: quick ? targets.slice(0, 1) : targets });
    report.pages = [];
    for (const p of present) report.pages.push(await measurePage(server.httpsUrl, p, lh.find((x) => x.type === p.type)));
    const calc = present.find((p) => p.type === 'calculator');

    if (calc && opts.responsiveness) {
      const n = quick ? 1 : budgets.responsiveness.runs;
      step(`Responsiveness: typing a new annual cost on ${calc.path}, CPU 4x slower, ${n} run${n === 1 ? '' : 's'}`);
      try {
        report.responsiveness = await measureResponsiveness(`${server.httpsUrl}${calc.path}`, { runs: n, spki: server.spki, log });
      } catch (e) {
        // A page the benchmark cannot drive is a broken budget, not a crashed report.
        report.responsiveness = { error: e.message.split('\n')[0] };
        log(`  the benchmark could not run: ${report.responsiveness.error}`);
      }
      const h = quick ? 1 : budgets.hydration.runs;
      step(`Hydration: long tasks on ${calc.path} until the calculator is ready, CPU 4x slower, ${h} run${h === 1 ? '' : 's'}`);
      try {
        report.hydration = await measureHydration(`${server.httpsUrl}${calc.path}`, { runs: h, spki: server.spki, log });
      } catch (e) {
        report.hydration = { error: e.message.split('\n')[0] };
        log(`  the benchmark could not run: ${report.hydration.error}`);
      }
    }

    step('Search: the relevance suite and the index');
    try {
      const run = await measureRelevance(server.httpsUrl, { spki: server.spki });
      report.search = { relevance: { hits: run.hits, total: run.total, rate: run.rate, misses: run.results.filter((x) => !x.hit) } };
      log(`  ${run.hits} of ${run.total} queries find their page in the top 3 (${run.rate}%)`);
      for (const m of report.search.relevance.misses) log(`  missed "${m.query}" → ${m.page} (top 3: ${m.top.join(', ') || 'no results'})`);
    } catch (e) {
      report.search = { relevance: { error: e.message.split('\n')[0] } };
      log(`  the relevance suite could not run: ${report.search.relevance.error}`);
    }
    report.search.index = indexGrowth(dist);
    const x = report.search.index;
    log(x.ok ? `  index ${x.bytes} B, ${x.withoutSynonymsBytes} B without the synonyms: +${x.growthPercent}%` : `  index ${x.bytes} B; ${x.problem}`);

    if (opts.load) {
      step('Load run on loopback (bounded: 4,000 requests or 20 s per page)');
      const paths = ['home', 'calculator'].map((t) => present.find((p) => p.type === t)?.path).filter(Boolean);
      report.load = await loadRun(server.httpsUrl, paths);
      for (const l of report.load) log(`  ${l.path}: ${l.requestsPerSecond} requests/s, p99 ${l.latencyMs.p99} ms`);
    }
  } finally {
    await server.stop();
  }

  if (opts.scale) {
    step(`Scale: building a copy of the site, then again with ${opts.news} generated news items`);
    report.scale = await scaleRun({ count: opts.news, log });
  }

  report.firstRoundTripBytes = budgets.firstRoundTripBytes;
  report.budgets = judge(report, pages);
  report.ok = report.budgets.every((b) => b.ok || b.aimOnly);
  report.seconds = Math.round((Date.now() - started) / 1000);

  mkdirSync(join(reports, 'history'), { recursive: true });
  const previousFile = join(reports, 'quality.json');
  const previous = existsSync(previousFile) ? JSON.parse(readFileSync(previousFile, 'utf8')) : undefined;
  const text = summary(report, previous);
  const stamp = report.generatedAt.replace(/[:.]/g, '-').slice(0, 19);
  writeFileSync(previousFile, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(reports, 'history', `quality-${stamp}-${report.git.commit}.json`), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(reports, 'quality.md'), text);
  log(`\n${text}`);
  log(`Written: reports/quality.json, reports/quality.md, reports/history/ (${readdirSync(join(reports, 'history')).length} reports kept)`);
  process.exit(report.ok ? 0 : 1);
}

main().catch((e) => {
  console.error(e.stack ?? e);
  process.exit(1);
});
