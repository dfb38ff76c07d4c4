import { rmSync } from 'node:fs';

/** Removes the test certificate that playwright.nginx.config.ts made for this run. */
export default function teardown() {
  if (process.env.NGINX_TLS_DIR) rmSync(process.env.NGINX_TLS_DIR, { recursive: true, force: true });
}
