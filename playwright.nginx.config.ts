import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { requireChromium, CHROMIUM_ARGS } from './tests/support/browser';
import { makeCertificate, trustFlags } from './scripts/audit/nginx.mjs';

/**
 * Hosting tests: dist/ served by nginx with the configuration we ship
 * (hosting/nginx/), over HTTPS on a loopback port, so the tests see the
 * headers, redirects, caching and 404 page exactly as a browser would.
 * `npm run test:hosting` (build first); `npm test` runs it after the build.
 *
 * nginx runs in the foreground under Playwright's control and is stopped at
 * the end. HOSTING_DIST serves another build (the quality report uses this
 * for its large-site build).
 */
const dist = resolve(process.env.HOSTING_DIST ?? 'dist');

// Two free ports, picked once by the runner; the workers inherit them.
if (!process.env.NGINX_HTTPS_PORT || !process.env.NGINX_HTTP_PORT) {
  const pick =
    "const n=require('node:net');const p=()=>new Promise(r=>{const s=n.createServer();s.listen(0,'127.0.0.1',()=>{const q=s.address().port;s.close(()=>r(q))})});" +
    "Promise.all([p(),p()]).then(([a,b])=>console.log(a+' '+b))";
  const [https, http] = execFileSync(process.execPath, ['-e', pick], { encoding: 'utf8' }).trim().split(' ');
  process.env.NGINX_HTTPS_PORT = https;
  process.env.NGINX_HTTP_PORT = http;
}
// One test certificate for the run, made by the runner; Chromium trusts it by
// its key's hash, so it caches and behaves as on a real HTTPS site.
if (!process.env.NGINX_TLS_DIR) {
  const dir = mkdtempSync(join(tmpdir(), 'onesource-tls-'));
  const { spki } = makeCertificate(dir);
  process.env.NGINX_TLS_DIR = dir;
  process.env.NGINX_TLS_SPKI = spki;
}
const TLS_DIR = process.env.NGINX_TLS_DIR;
const HTTPS_PORT = Number(process.env.NGINX_HTTPS_PORT);
const HTTP_PORT = Number(process.env.NGINX_HTTP_PORT);
process.env.HOSTING_DIST = dist;

export default defineConfig({
  testDir: './tests/nginx',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/hosting.json' }]],
  // Not test-results/ itself: Playwright empties its output folder at the start of a run.
  outputDir: 'test-results/hosting',
  globalTeardown: './tests/nginx/teardown.ts',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `https://127.0.0.1:${HTTPS_PORT}`,
    ignoreHTTPSErrors: true,
    browserName: 'chromium',
    launchOptions: { executablePath: requireChromium(), args: [...CHROMIUM_ARGS, ...trustFlags(process.env.NGINX_TLS_SPKI!)] },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node scripts/audit/nginx.mjs --dist "${dist}" --https-port ${HTTPS_PORT} --http-port ${HTTP_PORT} --cert "${TLS_DIR}/cert.pem" --key "${TLS_DIR}/key.pem"`,
    url: `https://127.0.0.1:${HTTPS_PORT}/`,
    ignoreHTTPSErrors: true,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
