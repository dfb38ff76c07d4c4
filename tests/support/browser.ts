/**
 * Finds a Chromium to drive. Playwright cannot download its own browser on
 * every machine (council networks, CI without internet), so we look in order
 * for: CHROME_PATH, Playwright's own download, then the distribution's
 * Chromium. With none, we stop with the command that fixes it.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function findChromium(): string | undefined {
  const candidates = [
    process.env.CHROME_PATH,
    (() => {
      try {
        return chromium.executablePath();
      } catch {
        return undefined;
      }
    })(),
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((p) => p && existsSync(p));
  // Playwright's own build runs without extra flags; a system Chromium needs us to point at it.
  return found;
}

export function requireChromium(): string {
  const found = findChromium();
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests.\n' +
        '  On Debian or Ubuntu: sudo apt-get install -y chromium\n' +
        '  Or: npx playwright install chromium\n' +
        '  Or set CHROME_PATH to a Chrome or Chromium executable.',
    );
  }
  return found;
}

/** Flags that keep a headless Chromium from calling home, which a closed network refuses noisily. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-gpu',
];
