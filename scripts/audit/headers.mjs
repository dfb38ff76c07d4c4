/**
 * What each response header costs a first visit: `npm run audit:headers`.
 *
 * Serves dist/ several times at once, each with the shipped nginx config but
 * a different set of the security headers from
 * hosting/nginx/snippets/onesource-headers.conf: none of them, all of them as
 * shipped, each one alone, and all but each one. Lighthouse (mobile defaults,
 * the same as the quality report) then measures one page on every server in
 * turn, round after round, so load on the machine falls on every variant
 * alike, and the table gives the median and every run's performance score
 * and Total Blocking Time for each.
 *
 * The figures behind the decision on Cross-Origin-Opener-Policy (README,
 * Hosting) came from this script; run it again after changing a header.
 *
 *   --runs N          rounds (default 5)
 *   --path P          the page to measure (default /)
 *   --variants LIST   comma-separated: none, shipped, only:<header>,
 *                     without:<header>, where <header> is a short name from
 *                     the list printed by --list (default: all of them)
 *   --try "N: V"      a header that is not shipped, to measure before
 *                     shipping it (repeatable); adds the variant
 *                     shipped+tried, and "without" is then counted from it.
 *                     The case against Cross-Origin-Opener-Policy:
 *                       --try "Cross-Origin-Opener-Policy: same-origin"
 *                       --variants none,shipped,shipped+tried,only:coop
 *   --throttling M    Lighthouse's throttlingMethod (simulate, devtools or
 *                     provided) instead of its default, to compare methods
 *   --chrome-flag F   an extra Chromium flag (repeatable), to compare flags
 *   --list            print the headers found in the snippet and stop
 *
 * Writes reports/headers.json and reports/headers.md. It sets no budget: it
 * is a measuring instrument, not a test.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNginx, makeCertificate, HOSTING_DIR } from './nginx.mjs';
import { openLighthouse, median } from './lighthouse.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const value = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const values = (name) => args.flatMap((a, i) => (a === name ? [args[i + 1]] : []));

const SHORT = {
  'content-security-policy': 'csp',
  'strict-transport-security': 'hsts',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'referrer',
  'permissions-policy': 'permissions',
  'x-frame-options': 'xfo',
  'cross-origin-opener-policy': 'coop',
};

/** The shipped snippet as its add_header lines, each with a short name. */
function readSnippet() {
  const text = readFileSync(join(HOSTING_DIR, 'snippets/onesource-headers.conf'), 'utf8');
  return [...text.matchAll(/^add_header\s+([A-Za-z0-9-]+)\s.*$/gm)].map((m) => ({
    name: m[1],
    short: SHORT[m[1].toLowerCase()] ?? m[1].toLowerCase(),
    line: m[0],
  }));
}

/** A header given on the command line as "Name: value", to measure before it is shipped. */
function candidate(text) {
  const m = text.match(/^([A-Za-z0-9-]+):\s*(.+)$/);
  if (!m) throw new Error(`--try wants "Name: value", not "${text}"`);
  return { name: m[1], short: SHORT[m[1].toLowerCase()] ?? m[1].toLowerCase(), line: `add_header ${m[1]} "${m[2].replaceAll('"', '\\"')}" always;`, tried: true };
}

function variants(shipped, tried, wanted) {
  const headers = [...shipped, ...tried];
  const all = [
    { name: 'none', keep: [] },
    { name: 'shipped', keep: shipped },
    ...(tried.length ? [{ name: 'shipped+tried', keep: headers }] : []),
    ...headers.map((h) => ({ name: `only:${h.short}`, keep: [h] })),
    ...headers.map((h) => ({ name: `without:${h.short}`, keep: headers.filter((x) => x !== h) })),
  ];
  if (!wanted) return all;
  const list = wanted.split(',').map((s) => s.trim());
  const unknown = list.filter((w) => !all.some((v) => v.name === w));
  if (unknown.length) throw new Error(`unknown variant ${unknown.join(', ')}; known: ${all.map((v) => v.name).join(', ')}`);
  return all.filter((v) => list.includes(v.name));
}

const spread = (xs) => `${Math.min(...xs)}–${Math.max(...xs)}`;

async function main() {
  const headers = readSnippet();
  if (args.includes('--list')) {
    for (const h of headers) console.log(`${h.short.padEnd(12)} ${h.name}`);
    return;
  }
  const dist = join(repo, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is empty: run `npm run build` first.');
  const runs = Number(value('--runs') ?? 5);
  const path = value('--path') ?? '/';
  const list = variants(headers, values('--try').map(candidate), value('--variants'));
  const throttling = value('--throttling');
  const chromeFlags = values('--chrome-flag');

  const tlsDir = mkdtempSync(join(tmpdir(), 'onesource-headers-'));
  const tls = makeCertificate(tlsDir);
  const servers = [];
  const started = { at: new Date().toISOString(), load: loadavg() };
  let lh;
  try {
    for (const v of list) {
      const snippet = `${v.keep.map((h) => h.line).join('\n')}\n`;
      servers.push({ variant: v, server: await startNginx({ dist, tls, headersSnippet: snippet }), results: [] });
    }
    lh = await openLighthouse({
      spki: tls.spki,
      log: console.log,
      chromeFlags,
      categories: ['performance'],
      settings: throttling ? { throttlingMethod: throttling } : {},
    });
    // A fresh Chromium's first page is slower than any after it; that run is not kept.
    await lh.measure(`${servers[0].server.httpsUrl}${path}`).catch(() => {});
    for (let r = 0; r < runs; r++) {
      // Each round starts one variant further on, so no variant always runs first or last.
      for (let k = 0; k < servers.length; k++) {
        const s = servers[(k + r) % servers.length];
        const a = await lh.measure(`${s.server.httpsUrl}${path}`);
        s.results.push({ performance: a.scores.performance, tbtMs: a.tbtMs, fcpMs: a.fcpMs, lcpMs: a.lcpMs, benchmarkIndex: a.benchmarkIndex, longTasks: a.longTasks });
        console.log(`  round ${r + 1}/${runs} ${s.variant.name.padEnd(20)} performance ${String(a.scores.performance).padStart(3)}, TBT ${String(a.tbtMs).padStart(4)} ms`);
      }
    }
  } finally {
    lh?.close();
    for (const s of servers) await s.server.stop();
    rmSync(tlsDir, { recursive: true, force: true });
  }

  const rows = servers.map((s) => {
    const perf = s.results.map((x) => x.performance);
    const tbt = s.results.map((x) => x.tbtMs);
    return { variant: s.variant.name, headers: s.variant.keep.map((h) => h.name), performance: { median: median(perf), runs: perf }, tbtMs: { median: median(tbt), runs: tbt }, results: s.results };
  });
  const report = {
    generatedAt: started.at,
    path,
    runs,
    cpus: cpus().length,
    loadAverage: { start: started.load.map((n) => Number(n.toFixed(2))), end: loadavg().map((n) => Number(n.toFixed(2))) },
    lighthouse: JSON.parse(readFileSync(join(repo, 'node_modules/lighthouse/package.json'), 'utf8')).version,
    throttling: throttling ?? 'Lighthouse default (simulate)',
    chromeFlags,
    rows,
  };
  const md = [
    `# What each header costs: ${path}, ${runs} rounds`,
    '',
    `${report.generatedAt.slice(0, 16).replace('T', ' ')} UTC. Lighthouse ${report.lighthouse}, mobile defaults, throttling: ${report.throttling}${chromeFlags.length ? `, extra Chromium flags ${chromeFlags.join(' ')}` : ''}. ` +
      `${report.cpus} CPUs, load average ${report.loadAverage.start[0]} at the start and ${report.loadAverage.end[0]} at the end.`,
    '',
    '| variant | performance, median (min–max) | TBT, median (min–max) | TBT, every run (ms) | benchmark index, median |',
    '|---|--:|--:|---|--:|',
    ...rows.map(
      (r) =>
        `| ${r.variant} | ${r.performance.median} (${spread(r.performance.runs)}) | ${r.tbtMs.median} ms (${spread(r.tbtMs.runs)}) | ${r.tbtMs.runs.join(', ')} | ${Math.round(median(r.results.map((x) => x.benchmarkIndex)))} |`,
    ),
    '',
    "Lighthouse's benchmark index measures the host CPU during each run (under 1,000 Lighthouse calls the host slower than its 4x CPU slowdown assumes). Compare variants with each other, not with a run on another day.",
    '',
  ].join('\n');
  mkdirSync(join(repo, 'reports'), { recursive: true });
  writeFileSync(join(repo, 'reports/headers.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(repo, 'reports/headers.md'), md);
  console.log(`\n${md}\nWritten: reports/headers.json, reports/headers.md`);
}

main().catch((e) => {
  console.error(e.stack ?? e);
  process.exit(1);
});
