/**
 * The readable half of the quality report (reports/quality.md): tables of the
 * figures, the budgets that were broken, and what changed since the previous
 * report.
 */
import { CATEGORIES } from './lighthouse.mjs';

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
  out.push(
    table(
      ['page type', 'path', 'perf', 'a11y', 'b.p.', 'seo', 'LCP', 'TBT', 'CLS', 'HTML', 'CSS', 'JS', 'requests', 'first response (of 14 KB)'],
      r.pages.map((p) => {
        const b = before(p.type);
        const perf = p.performanceRange[0] === p.performanceRange[1] ? `${p.scores.performance}` : `${p.scores.performance} (${p.performanceRange[0]}–${p.performanceRange[1]})`;
        const tbt = p.best && p.best.tbtMs !== p.tbtMs ? `${ms(p.tbtMs)} (${ms(p.best.tbtMs)})` : ms(p.tbtMs);
        return [
          p.type,
          p.path,
          perf,
          p.scores.accessibility,
          p.scores['best-practices'],
          p.scores.seo,
          ms(p.lcpMs) + delta(p.lcpMs, b?.lcpMs, ' ms'),
          tbt,
          p.cls,
          kb(p.bytes.html) + delta(p.bytes.html, b?.bytes?.html, 'B'),
          kb(p.bytes.css) + delta(p.bytes.css, b?.bytes?.css, 'B'),
          kb(p.bytes.js) + delta(p.bytes.js, b?.bytes?.js, 'B'),
          p.requests + delta(p.requests, b?.requests),
          `${kb(p.firstResponse.totalBytes)} ${p.firstResponse.totalBytes <= 14336 ? 'fits' : 'OVER'}`,
        ];
      }),
    ),
  );
  out.push('');
  out.push(
    'Bytes are gzip, as nginx sends them; "first response" is the HTML page with its headers. Scores, LCP, TBT and CLS are from the run with the median performance score; in brackets, the range of performance scores and the lowest TBT over all runs.',
  );
  const findings = r.pages.filter((p) => p.lighthouseFindings.length);
  if (findings.length) {
    out.push('');
    out.push('Lighthouse audits not at full marks (in the median run):');
    for (const p of findings) out.push(`- ${p.type}: ${p.lighthouseFindings.join('; ')}`);
  }
  if (r.calculatorIsland) {
    const i = r.calculatorIsland;
    out.push('');
    out.push(
      `Calculator island: its own code ${kb(i.ownBytes)} (${i.ownFiles.join(', ')}), the Preact runtime ${kb(i.runtimeBytes)} (${i.runtimeFiles.join(', ')}); own code over the runtime: ${kb(i.ownBytes - i.runtimeBytes)}.`,
    );
  }
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
