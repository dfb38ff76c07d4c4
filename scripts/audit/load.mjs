/**
 * A short, bounded load run against the nginx under test, on loopback only:
 * a fixed number of requests per page from a few connections, asking for gzip
 * as a browser does. It records requests per second and latency; it sets no
 * budget, because those depend on the machine (speed goes in the report, not
 * in a pass or fail).
 */
import autocannon from 'autocannon';

/** Sends `amount` requests to each of `paths` on `origin` (which must be a loopback address). */
export async function loadRun(origin, paths, { amount = 4000, connections = 8, maxSeconds = 20 } = {}) {
  const host = new URL(origin).hostname;
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) throw new Error(`the load run only targets loopback, not ${host}`);
  const results = [];
  for (const path of paths) {
    const r = await new Promise((ok, fail) => {
      const run = autocannon(
        { url: `${origin}${path}`, amount, connections, headers: { 'accept-encoding': 'gzip' }, timeout: 10 },
        (err, res) => (err ? fail(err) : ok(res)),
      );
      // A hard stop in time as well as in count, whichever comes first.
      const timer = setTimeout(() => run.stop(), maxSeconds * 1000);
      run.on('done', () => clearTimeout(timer));
    });
    results.push({
      path,
      requests: r.requests.total,
      seconds: Number((r.duration ?? 0).toFixed(2)),
      connections,
      requestsPerSecond: Math.round(r.requests.average),
      latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
      bytesPerSecond: Math.round(r.throughput.average),
      errors: r.errors + r.timeouts,
      non2xx: r.non2xx,
    });
  }
  return results;
}
