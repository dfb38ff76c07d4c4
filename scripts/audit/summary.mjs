/**
 * The readable half of the quality report (reports/quality.md): tables of the
 * figures, the budgets that were broken, and what changed since the previous
 * report.
 */
import { CATEGORIES, median } from './lighthouse.mjs';

const kb = (n) => (n === null || n === undefined ? '–' : n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`);
const ms = (n) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n} ms`);
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

function delta(now, before, unit = '') {
  if (before === undefined || before === null || now === before) return '';
  const d = now - before;
  const f = unit === 'B' ? kb(Math.abs(d)) : `${Math.abs(Number(d.toFixed(4)))}${unit}`;
  return ` (${d > 0 ? '+' : '−'}${f})`;
}

/** A chunk's modules, largest first, as "src/calculator/state.ts 30%, src/calculator/model.ts 25%, …", the smallest folded into "n more". */
function moduleList(modules) {
  const total = modules.reduce((n, m) => n + m.renderedBytes, 0) || 1;
  const name = (id) => id.replace(/^.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, '').replace(/\?.*$/, '');
  const shown = modules.filter((m, i) => i < 6 || m.renderedBytes / total >= 0.05);
  const rest = modules.length - shown.length;
  return `${shown.map((m) => `${name(m.id)} ${Math.round((100 * m.renderedBytes) / total)}%`).join(', ')}${rest ? `, ${rest} more` : ''}`;
}

function table(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? pad(c, widths[i]) : lpad(c, widths[i]))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `-${'-'.repeat(w)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function summary(r, previous) {
  const out = [];
  const before = (type) => previous?.pages?.find((p) => p.type === type);
  out.push('# oneSource quality report');
  out.push('');
  out.push(
    `${r.generatedAt.slice(0, 16).replace('T', ' ')} UTC, commit ${r.git.commit}${r.git.dirty ? ' with uncommitted changes' : ''}, ${r.mode} run. ` +
      `Lighthouse ${r.environment.lighthouse} (${r.environment.settings}), Chromium ${r.environment.chromium}, median of ${r.environment.lighthouseRuns} run${r.environment.lighthouseRuns === 1 ? '' : 's'}; ` +
      `served by nginx ${r.environment.nginx} with hosting/nginx/onesource.conf over HTTPS and HTTP/2 on loopback; ${r.environment.cpus} CPUs, Node ${r.environment.node}.`,
  );
  if (previous) out.push(`Changes in brackets are against the previous report (${previous.generatedAt.slice(0, 16).replace('T', ' ')} UTC, commit ${previous.git.commit}).`);
  if (r.build) {
    out.push('');
    out.push(
      r.build.seconds === null
        ? `Build measured as found in dist/: ${r.build.pages} pages, ${kb(r.build.distBytes)} in all, search index ${kb(r.build.searchIndexBytes)}.`
        : `Build: ${r.build.pages} pages in ${r.build.seconds} s (npm run build), ${kb(r.build.distBytes)} in all, search index ${kb(r.build.searchIndexBytes)}.`,
    );
  }
  out.push('');
  out.push('## Pages');
  out.push('');
  const trip = r.firstRoundTripBytes ?? 14336;
  const span = (xs, f = (x) => x) => (Math.min(...xs) === Math.max(...xs) ? '' : ` (${f(Math.min(...xs))}–${f(Math.max(...xs))})`);
  out.push(
    table(
      ['page type', 'path', 'perf', 'a11y', 'b.p.', 'seo', 'LCP', 'TBT', 'CLS', 'HTML', 'CSS', 'JS', 'requests', `first response (of ${kb(trip)})`],
      r.pages.map((p) => {
        const b = before(p.type);
        return [
          p.type,
          p.path,
          p.scores.performance + span(p.runs.map((x) => x.performance)),
          p.scores.accessibility,
          p.scores['best-practices'],
          p.scores.seo,
          ms(p.lcpMs) + delta(p.lcpMs, b?.lcpMs, ' ms'),
          ms(p.tbtMs) + span(p.runs.map((x) => x.tbtMs), ms),
          p.cls,
          kb(p.bytes.html) + delta(p.bytes.html, b?.bytes?.html, 'B'),
          kb(p.bytes.css) + delta(p.bytes.css, b?.bytes?.css, 'B'),
          kb(p.scripts?.totalBytes ?? p.bytes.js) + delta(p.scripts?.totalBytes ?? p.bytes.js, b?.scripts?.totalBytes ?? b?.bytes?.js, 'B'),
          p.requests + delta(p.requests, b?.requests),
          `${kb(p.firstResponse.totalBytes)} ${p.firstResponse.totalBytes <= trip ? 'fits' : 'OVER'}`,
        ];
      }),
    ),
  );
  out.push('');
  out.push(
    `Performance, LCP and TBT are the median of ${r.environment.lighthouseRuns} Lighthouse run${r.environment.lighthouseRuns === 1 ? '' : 's'}, with the lowest and highest run in brackets, after one visit to each page that is not counted (a fresh browser's caches are cold for what each page shows); CLS is the worst run. ` +
      'Bytes are gzip, as nginx sends them; JS is every file the page loads or can load; "first response" is the HTML page with its headers.',
  );
  if (r.pages.some((p) => p.runs.length > 1)) {
    out.push('');
    out.push('Every run, in the order they ran (the pages take turns, so a busy moment on the machine falls on several pages once):');
    out.push('');
    out.push(
      table(
        ['page type', 'performance', 'TBT (ms)', 'LCP (ms)', 'benchmark index'],
        r.pages.map((p) => [p.type, p.runs.map((x) => x.performance).join(', '), p.runs.map((x) => x.tbtMs).join(', '), p.runs.map((x) => x.lcpMs).join(', '), p.runs.map((x) => x.benchmarkIndex).join(', ')]),
      ),
    );
    out.push('');
    out.push(
      "The benchmark index is Lighthouse's measure of the host CPU during each run. Under 1,000 Lighthouse itself calls the host slower than its 4x CPU slowdown assumes, and blocking time grows with it. Low or scattered figures mean a busy machine; compare reports taken at similar figures.",
    );
  }
  const findings = r.pages.filter((p) => p.lighthouseFindings.length);
  if (findings.length) {
    out.push('');
    out.push('Lighthouse audits not at full marks (in the run with the median performance score):');
    for (const p of findings) out.push(`- ${p.type}: ${p.lighthouseFindings.join('; ')}`);
  }

  const calc = r.pages.find((p) => p.type === 'calculator');
  if (calc) {
    out.push('');
    out.push('## Calculator');
    out.push('');
    const f = calc.firstView;
    if (f) {
      out.push(
        f.ok
          ? `First view: the form and the headline estimate end ${f.htmlChars.toLocaleString('en-GB')} characters into the ${f.ofChars.toLocaleString('en-GB')}-character page; with the response headers that is ${f.totalBytes.toLocaleString('en-GB')} bytes (${f.headerBytes} of headers, ${f.bodyBytes.toLocaleString('en-GB')} of gzip HTML) against the ${trip.toLocaleString('en-GB')} of a first round trip: ${f.totalBytes <= trip ? 'fits' : `${(f.totalBytes - trip).toLocaleString('en-GB')} bytes over`}. The whole first response is ${calc.firstResponse.totalBytes.toLocaleString('en-GB')} bytes.`
          : `First view: cannot be measured: ${f.problem}.`,
      );
      out.push('');
    }
    if (calc.scripts) {
      const s = calc.scripts;
      out.push(`JavaScript: ${kb(s.totalBytes)} gzip in ${s.files.length} files, ${kb(s.atStartBytes)} of it loaded at the start.`);
      out.push('');
      out.push(
        table(
          ['file', 'loaded', 'gzip', 'what it holds (share of the file before minification)'],
          s.files.map((x) => [
            x.file.replace(/^\/_astro\//, ''),
            x.loaded,
            `${x.gzipBytes.toLocaleString('en-GB')} B`,
            x.modules ? moduleList(x.modules) : 'not recorded (build with npm run build to list modules)',
          ]),
        ),
      );
    }
  }
  if (r.responsiveness?.error) {
    out.push('');
    out.push('## Responsiveness: typing a new annual cost');
    out.push('');
    out.push(`The benchmark could not run: ${r.responsiveness.error}`);
  } else if (r.responsiveness) {
    const x = r.responsiveness;
    out.push('');
    out.push(`## Responsiveness: typing a new annual cost (CPU ${x.cpuSlowdown}x slower)`);
    out.push('');
    out.push(
      `${x.url} opened in Playwright's Chromium; as soon as the annual cost field is there, it is selected and ${Number(x.typed).toLocaleString('en-GB')} typed, a key every ${x.keyDelayMs} ms. ` +
        'Interaction is the longest Event Timing duration among the key presses (press to the next paint); "estimate painted" is the time from the last key to the paint that shows the estimate for the typed figure, which must equal the one a shared link with that budget shows.',
    );
    out.push('');
    const f = (n) => (n === null ? 'not shown' : n === 0 ? '< 16 ms' : `${Math.round(n)} ms`);
    out.push(
      table(
        ['', 'median', 'every run'],
        [
          ['longest key interaction', f(x.interactionMs), x.runs.map((y) => f(y.interactionMs)).join(', ')],
          ['estimate painted after the last key', f(x.estimateAfterLastKeyMs), x.runs.map((y) => (y.estimateShown ? f(y.estimateAfterLastKeyMs) : 'not shown')).join(', ')],
          ['field on screen after opening', `${Math.round(median(x.runs.map((y) => y.fieldAfterMs)))} ms`, x.runs.map((y) => `${y.fieldAfterMs} ms`).join(', ')],
          ['typing began before the calculator was ready', `${x.runs.filter((y) => !y.readyBeforeTyping).length} of ${x.runs.length} runs`, x.runs.map((y) => (y.readyBeforeTyping ? 'no' : 'yes')).join(', ')],
        ],
      ),
    );
    out.push('');
    out.push(`Goal: at most 100 ms (the brief), well under 200 ms, Google's threshold for a good Interaction to Next Paint.`);
  }
  if (r.hydration && !r.hydration.error) {
    const h = r.hydration;
    out.push('');
    out.push(`## Hydration: long tasks until the calculator is ready (CPU ${h.cpuSlowdown}x slower)`);
    out.push('');
    out.push(`Longest task, median of ${h.runs.length}: ${h.longestTaskMs} ms (every run: ${h.runs.map((x) => `${x.longestTaskMs} ms`).join(', ')}). Goal: no task over 50 ms.`);
    const named = h.runs.flatMap((x) => x.tasksOver50);
    out.push('');
    out.push(named.length ? table(['task', 'starts', 'scripts in it'], named.map((t) => [`${t.durationMs} ms`, `${t.startMs} ms`, t.scripts.join('; ') || 'none named'])) : 'No task over 50 ms in any run.');
  }
  out.push('');
  const home = r.pages.find((p) => p.type === 'home');
  if (home) out.push(`Home page HTML ${kb(home.firstResponse.bodyBytes)} + critical CSS ${kb(home.criticalCssBytes)} = ${kb(home.firstResponse.bodyBytes + home.criticalCssBytes)} of 14 KB.`);

  if (r.checks) {
    out.push('');
    out.push('## HTML and links');
    out.push('');
    out.push(`- HTML: ${r.checks.html.pages} pages validated with html-validate, ${r.checks.html.problems.length} problems.`);
    out.push(`- Links: ${r.checks.links.checked} links, anchors and assets checked with linkinator, ${r.checks.links.problems.length} problems; ${r.checks.links.external.length} external links, all required to be https.`);
    for (const p of [...r.checks.html.problems, ...r.checks.links.problems].slice(0, 30)) out.push(`  - ${p}`);
  }

  if (r.load) {
    out.push('');
    out.push('## Load run (loopback, nginx, gzip, HTTPS/1.1)');
    out.push('');
    const lb = (path) => previous?.load?.find((l) => l.path === path);
    out.push(
      table(
        ['path', 'requests', 'connections', 'requests/s', 'p50', 'p99', 'max', 'errors'],
        r.load.map((l) => [l.path, l.requests, l.connections, l.requestsPerSecond + delta(l.requestsPerSecond, lb(l.path)?.requestsPerSecond), `${l.latencyMs.p50} ms`, `${l.latencyMs.p99} ms`, `${l.latencyMs.max} ms`, l.errors + l.non2xx]),
      ),
    );
  }

  if (r.scale) {
    const s = r.scale;
    out.push('');
    out.push(`## Scale (${s.newsItemsAdded} generated news items, in a temporary copy)`);
    out.push('');
    out.push(
      table(
        ['build', 'pages', 'build time', 'HTML', 'search index', 'all of /pagefind/', 'dist/'],
        [
          ['normal', s.normal.pages, `${s.normal.seconds} s`, kb(s.normal.htmlBytes), `${kb(s.normal.searchIndexBytes)} in ${s.normal.searchIndexFiles} files`, kb(s.normal.pagefindBytes), kb(s.normal.distBytes)],
          ['large', s.large.pages, `${s.large.seconds} s`, kb(s.large.htmlBytes), `${kb(s.large.searchIndexBytes)} in ${s.large.searchIndexFiles} files`, kb(s.large.pagefindBytes), kb(s.large.distBytes)],
        ],
      ),
    );
    out.push('');
    out.push(`Per 1,000 pages: ${s.per1000Pages.buildSeconds} s of build time, ${kb(s.per1000Pages.searchIndexBytes)} of search index, ${kb(s.per1000Pages.htmlBytes)} of HTML.`);
  }

  out.push('');
  out.push('## Budgets (budgets.json)');
  out.push('');
  const broken = r.budgets.filter((b) => !b.ok && !b.aimOnly);
  const aims = r.budgets.filter((b) => !b.ok && b.aimOnly);
  const met = r.budgets.filter((b) => b.ok && !b.aimOnly).length;
  out.push(`${met} of ${r.budgets.filter((b) => !b.aimOnly).length} budgets met.`);
  if (broken.length) {
    out.push('');
    out.push('Broken:');
    for (const b of broken) out.push(`- ${b.what}: ${b.actual}, budget ${b.limit}`);
  }
  if (aims.length) {
    out.push('');
    out.push('Short of the aim (reported, not enforced):');
    for (const b of aims) out.push(`- ${b.what}: ${b.actual}, aim ${b.limit}`);
  }
  out.push('');
  out.push(r.ok ? `Result: PASS (${r.seconds} s)` : `Result: FAIL, ${broken.length} budget${broken.length === 1 ? '' : 's'} broken (${r.seconds} s)`);
  out.push('');
  return out.join('\n');
}

export { CATEGORIES };
