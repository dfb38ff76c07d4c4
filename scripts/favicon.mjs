/**
 * Draws public/favicon.png from src/assets/favicon.svg: `npm run favicon`.
 *
 * The site links a PNG, not the SVG. A browser renders an SVG favicon as a
 * document of its own on the page's main thread once the page has loaded
 * (7 to 16 ms on the test machine, four times that on Lighthouse's phone),
 * and its lettering comes out in whatever font the visitor's machine has
 * for Arial; a PNG is decoded in well under a millisecond and looks the same
 * everywhere. Run this after changing the drawing, and commit both files.
 */
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { requireChromium, CHROMIUM_ARGS } from '../tests/support/browser.ts';

const SIZE = 32;
const svg = readFileSync(new URL('../src/assets/favicon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  await page.setContent(`<body style="margin:0">${svg.replace('<svg ', `<svg width="${SIZE}" height="${SIZE}" `)}</body>`);
  writeFileSync(new URL('../public/favicon.png', import.meta.url), await page.screenshot({ omitBackground: true }));
  console.log(`public/favicon.png: ${SIZE} × ${SIZE} from src/assets/favicon.svg`);
} finally {
  await browser.close();
}
