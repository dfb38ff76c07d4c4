/**
 * The arithmetic of the quality report, kept apart from the browsers and
 * servers so that it can be unit-tested (tests/unit/audit-figures.test.ts).
 */

/** The median of a list of numbers (the mean of the middle two when the count is even). */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * What the report keeps of a page's Lighthouse runs: the median of each
 * figure (each on its own, not the figures of one "median run"), and every
 * run's value of the ones that vary, so the spread can be read.
 */
export function combineRuns(attempts) {
  const med = (f) => median(attempts.map(f));
  // Requests and findings are lists, not numbers: they come from the run whose performance score is the median.
  const byScore = [...attempts].sort((x, y) => x.scores.performance - y.scores.performance || x.tbtMs - y.tbtMs);
  const typical = byScore[Math.floor((byScore.length - 1) / 2)];
  return {
    scores: Object.fromEntries(Object.keys(attempts[0].scores).map((c) => [c, Math.round(med((a) => a.scores[c]))])),
    lcpMs: Math.round(med((a) => a.lcpMs)),
    fcpMs: Math.round(med((a) => a.fcpMs)),
    tbtMs: Math.round(med((a) => a.tbtMs)),
    speedIndexMs: Math.round(med((a) => a.speedIndexMs)),
    // Layout shift is held to its worst run: a shift that happens one time in five is a shift a visitor sees.
    cls: Math.max(...attempts.map((a) => a.cls)),
    requests: typical.requests,
    failing: typical.failing,
    benchmarkIndex: Math.round(med((a) => a.benchmarkIndex)),
    runs: attempts.map((a) => ({ performance: a.scores.performance, tbtMs: a.tbtMs, lcpMs: a.lcpMs, cls: a.cls, benchmarkIndex: a.benchmarkIndex, longTasks: a.longTasks })),
  };
}

/**
 * Where the element that opens at `start` in `html` closes, counting nested
 * elements of the same name (the built HTML is valid, html-validate checks it).
 */
export function elementEnd(html, start) {
  const name = html.slice(start).match(/^<([a-zA-Z][\w-]*)/)?.[1];
  if (!name) return -1;
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let m; (m = tags.exec(html)); ) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}

/**
 * Where the HTML a visitor needs first on the calculator page ends: after the
 * form that holds the annual cost field (#budget) and the server-rendered
 * headline estimate (data-figure="annual-savings" data-scope="headline"),
 * whichever of the two closes later.
 */
export function firstViewEnd(html) {
  const field = html.search(/<input\b[^>]*\bid="budget"/);
  const headline = html.search(/<[a-zA-Z][^>]*\bdata-figure="annual-savings"(?=[^>]*\bdata-scope="headline")[^>]*>/);
  if (field < 0) return { ok: false, problem: 'no #budget field in the HTML' };
  if (headline < 0) return { ok: false, problem: 'no server-rendered headline estimate in the HTML' };
  const form = html.lastIndexOf('<form', field);
  if (form < 0) return { ok: false, problem: 'the #budget field is not in a form' };
  const formEnd = elementEnd(html, form);
  const headlineEnd = elementEnd(html, headline);
  if (formEnd < 0 || headlineEnd < 0) return { ok: false, problem: 'the form or the headline does not close' };
  if (formEnd <= field) return { ok: false, problem: 'the #budget field is not in a form' };
  return { ok: true, end: Math.max(formEnd, headlineEnd) };
}
