/**
 * The brochure prints on at most 4 A4 pages, one section to a page and none
 * cut across a page break, and every service page prints as a one-page
 * briefing note. Printed for real with Chromium's PDF output (page.pdf).
 */
import { test, expect, sitemapPaths, axeViolations } from '../support/site';

/** Pages in a PDF from Chromium: one /Type /Page object each (/Type /Pages is the tree). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

// A4 with the site's 15 mm print margins (src/styles/global.css, @page), in CSS pixels (96 to the inch).
const MM = 96 / 25.4;
const PRINT_WIDTH = Math.floor((210 - 30) * MM);
const PRINT_HEIGHT = Math.floor((297 - 30) * MM);

test('the brochure prints on at most 4 A4 pages, each section on a page of its own and none cut', async ({ page }) => {
  await page.goto('/brochure/');
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  const pages = pageCount(pdf);
  const sections = await page.locator('.brochure__page').count();
  console.log(`brochure: ${sections} sections, ${pages} printed A4 pages`);
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(4);

  // Laid out as the printer lays it out: each section after the first starts a new page...
  await page.setViewportSize({ width: PRINT_WIDTH, height: PRINT_HEIGHT });
  await page.emulateMedia({ media: 'print' });
  const laid = await page.locator('.brochure__page').evaluateAll((els) =>
    els.map((el) => ({ id: el.id, height: el.getBoundingClientRect().height, breakBefore: getComputedStyle(el).breakBefore })),
  );
  for (const [i, s] of laid.entries()) {
    console.log(`  ${s.id}: ${Math.round(s.height)} of ${PRINT_HEIGHT} px`);
    if (i > 0) expect(s.breakBefore, `${s.id} must start a new page`).toBe('page');
    // ...and fits on it, so no page break can fall inside it.
    expect(s.height, `${s.id} is taller than an A4 page and would be cut`).toBeLessThanOrEqual(PRINT_HEIGHT);
  }
  // One page for each section: had any run over, the PDF would have more.
  expect(pages).toBe(sections);
});

test('every service page prints as a one-page briefing note', async ({ page }) => {
  const services = sitemapPaths().filter((p) => /^\/services\/[a-z-]+\/$/.test(p));
  expect(services).toHaveLength(21);
  const over: string[] = [];
  for (const path of services) {
    await page.goto(path);
    const pages = pageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    if (pages !== 1) over.push(`${path}: ${pages} pages`);
  }
  expect(over).toEqual([]);
});

test('the brochure needs no JavaScript, passes axe, and is linked from the home page and every footer', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/brochure/');
  expect(scripts).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('/');
  await expect(page.locator('main a[href="/brochure/"]')).toHaveCount(1);
  await expect(page.locator('footer a[href="/brochure/"]')).toHaveCount(1);
});

test('the brochure shows the case study\'s own key figures and every service and route', async ({ page }) => {
  await page.goto('/case-studies/havering-and-newham/');
  const study = await page.locator('main .stat__value').allTextContents();
  await page.goto('/brochure/');
  expect(await page.locator('#case-study .stat__value').allTextContents()).toEqual(study);
  await expect(page.locator('#services .brochure__services li')).toHaveCount(21);
  await expect(page.locator('#routes tbody tr')).toHaveCount(5);
});
