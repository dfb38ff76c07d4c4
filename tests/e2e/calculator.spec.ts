/**
 * The savings calculator on the built site, used as a visitor would: with and
 * without JavaScript, by filling in the form, by following shared and hostile
 * links, and on to the contact page. Figures are read from data-figure /
 * data-value attributes and compared with the model run here in the test, so a
 * figure on screen can never drift from the model.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, axeViolations, sitemapPaths } from '../support/site';
import { readModelData } from '../../src/calculator/content-fs';
import { estimate, spread, paybackValue, type Inputs } from '../../src/calculator/model';
import { defaultInputs, parseQuery, toQuery, typicalServices } from '../../src/calculator/state';

const data = readModelData();
const URL_PATH = '/savings-calculator/';
const HOSTILE = `${URL_PATH}?org=<script>alert(1)</script>&budget=-5&years=99&services=payroll,payroll,nope`;

/** The figures in the side-by-side table, keyed "figure|method". */
async function compareFigures(page: Page): Promise<Record<string, string>> {
  return page.$$eval('#calc-compare [data-figure]', (els) =>
    Object.fromEntries(els.map((e) => [`${e.getAttribute('data-figure')}|${e.getAttribute('data-method')}`, e.getAttribute('data-value') ?? ''])),
  );
}

/** What the table must show for these inputs, worked out by the model itself. */
function expected(inputs: Inputs): Record<string, string> {
  const out: Record<string, string> = {};
  const r0 = (n: number) => String(Math.round(n) + 0);
  for (const r of estimate(data, inputs).routes) {
    out[`eligible|${r.id}`] = r.eligible ? '1' : '0';
    if (!r.eligible) continue;
    out[`lead-months|${r.id}`] = r0(r.lead);
    out[`annual-savings|${r.id}`] = r0(r.annualSavings);
    out[`running-costs|${r.id}`] = r0(r.annualRunning);
    out[`one-off-costs|${r.id}`] = r0(r.oneOff);
    out[`net-total|${r.id}`] = r0(r.netTotal);
    out[`npv|${r.id}`] = r0(r.npv);
    out[`payback|${r.id}`] = r.payback === null ? 'none' : r0(r.payback);
    out[`discounted-payback|${r.id}`] = r.discountedPayback === null ? 'none' : r0(r.discountedPayback);
  }
  return out;
}

/** The low and high cases of every ranged figure in the side-by-side table, keyed "figure|method". */
async function compareRanges(page: Page): Promise<Record<string, string>> {
  return page.$$eval('#calc-compare [data-low]', (els) =>
    Object.fromEntries(els.map((e) => [`${e.getAttribute('data-figure')}|${e.getAttribute('data-method')}`, `${e.getAttribute('data-low')}..${e.getAttribute('data-high')}`])),
  );
}

function expectedRanges(inputs: Inputs): Record<string, string> {
  const out: Record<string, string> = {};
  const r0 = (n: number) => (Number.isFinite(n) ? String(Math.round(n) + 0) : 'none');
  const picks: [string, (e: import('../../src/calculator/model').RouteEstimate) => number][] = [
    ['lead-months', (e) => e.lead],
    ['annual-savings', (e) => e.annualSavings],
    ['running-costs', (e) => e.annualRunning],
    ['one-off-costs', (e) => e.oneOff],
    ['net-total', (e) => e.netTotal],
    ['npv', (e) => e.npv],
    ['payback', (e) => paybackValue(e.payback)],
    ['discounted-payback', (e) => paybackValue(e.discountedPayback)],
  ];
  for (const r of estimate(data, inputs).routes) {
    if (!r.eligible) continue;
    for (const [f, pick] of picks) {
      const [lo, , hi] = spread(r, pick);
      out[`${f}|${r.id}`] = `${r0(lo)}..${r0(hi)}`;
    }
  }
  return out;
}

/** The calculator island shows this visit's figures in every part (Calculator.tsx marks it). */
async function ready(page: Page) {
  await page.waitForSelector('.calc[data-ready]', { state: 'attached' });
}

test.describe('savings calculator', () => {
  test('reads in full with JavaScript off: the server-rendered default estimate', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(URL_PATH);
    expect(await compareFigures(page)).toEqual(expected(defaultInputs(data)));
    // The ranges are there without JavaScript too, as attributes and as words.
    expect(await compareRanges(page)).toEqual(expectedRanges(defaultInputs(data)));
    await expect(page.locator('.calc-headline__lead')).toContainText(/Savings of £[\d.]+m to £[\d.]+m a year at full run, most likely £[\d.]+m/);
    await expect(page.locator('#calc-compare .calc-range').first()).toBeVisible();
    // Playwright's text search skips <noscript>, so find the element itself.
    await expect(page.locator('noscript .callout')).toBeVisible();
    await expect(page.locator('noscript .callout')).toContainText('JavaScript is turned off in your browser');
    await expect(page.locator('#calc-cumulative [data-figure="cumulative-net"]')).toHaveCount(data.routes.length * data.defaults.years);
    await context.close();
  });

  test('takes over the page the server drew with the same figures, no layout shift and no console errors', async ({ page, consoleErrors, offsite }) => {
    await page.addInitScript(() => {
      (window as unknown as { __cls: number }).__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as PerformanceEntry[] & { value: number; hadRecentInput: boolean }[])
          if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(URL_PATH);
    await ready(page);
    await page.waitForTimeout(300);
    expect(await compareFigures(page)).toEqual(expected(defaultInputs(data)));
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThan(0.01);
    expect(page.url()).not.toContain('?');
    expect(consoleErrors).toEqual([]);
    expect(offsite).toEqual([]);
  });

  test('a visitor fills in the form, reads the results, and a shared link reproduces them', async ({ page, context, consoleErrors }) => {
    await page.goto(URL_PATH);
    await ready(page);
    await page.getByRole('radio', { name: 'District council' }).check();
    const budget = page.getByLabel('Annual cost today of the services you chose');
    await budget.fill('12,500,000');
    await page.getByLabel('Number of years').fill('7');
    await page.getByLabel('Discount rate').fill('3');
    await page.getByRole('radio', { name: 'Junior partner' }).check();

    const inputs: Inputs = {
      org: 'district-council',
      services: typicalServices(data, 'district-council'),
      budget: 12_500_000,
      costs: null,
      method: 'junior-partner',
      years: 7,
      rate: 3,
    };
    await expect(page.locator('#calc-compare [data-figure="npv"][data-method="junior-partner"]')).toHaveAttribute(
      'data-value',
      String(Math.round(estimate(data, inputs).routes.find((r) => r.id === 'junior-partner')!.npv)),
    );
    const shown = await compareFigures(page);
    expect(shown).toEqual(expected(inputs));
    await expect(page.locator('#calc-compare thead .calc-chosen')).toContainText('Junior partner');
    await expect(page.locator('[aria-live="polite"]')).toContainText('Estimate updated. Junior partner');
    // The announcement gives the range, not only the most likely figure.
    await expect(page.locator('[aria-live="polite"]')).toContainText(/Savings of £[\d.,]+m? to £[\d.,]+m? a year at full run, most likely £[\d.,]+m?\. One-off costs: £/);
    expect(await compareRanges(page)).toEqual(expectedRanges(inputs));

    // The address now holds the whole state; opening it elsewhere gives the same figures.
    const link = page.url();
    expect(parseQuery(data, new URL(link).search)).toEqual({ inputs, ignored: [], stale: false });
    expect(new URL(link).searchParams.get('v')).toBe(data.version);
    const other = await context.newPage();
    await other.goto(link);
    await ready(other);
    await expect(other.locator('#calc-compare [data-figure="npv"][data-method="junior-partner"]')).toHaveAttribute(
      'data-value',
      shown['npv|junior-partner'],
    );
    expect(await compareFigures(other)).toEqual(shown);
    await expect(other.getByLabel('Number of years')).toHaveValue('7');
    expect(consoleErrors).toEqual([]);
  });

  test('costs entered per service drive the estimate and travel in the link', async ({ page, consoleErrors }) => {
    await page.goto(URL_PATH);
    await ready(page);
    await page.getByRole('button', { name: 'Clear all' }).click();
    await page.getByLabel('Payroll').check();
    await page.getByLabel('Human resources').check();
    await page.getByLabel('A figure for each service').check();
    // In the page's order of services, whatever order they were ticked in.
    expect(await page.locator('[data-reveal="each"] input').evaluateAll((els) => els.map((e) => e.id))).toEqual(['cost-hr', 'cost-payroll']);
    await page.getByLabel('Payroll annual cost').fill('400000');
    await page.getByLabel('Human resources annual cost').fill('£1.1m');
    const inputs: Inputs = { ...defaultInputs(data), services: ['hr', 'payroll'], costs: { hr: 1_100_000, payroll: 400_000 }, budget: 1_500_000 };
    // 2 services are too few for full partnership (Appendix 2), so read the junior partner's figure.
    await expect(page.locator('#calc-compare [data-figure="annual-savings"][data-method="junior-partner"]')).toHaveAttribute(
      'data-value',
      String(Math.round(estimate(data, inputs).routes[1].annualSavings)),
    );
    await expect(page.locator('#calc-compare [data-figure="eligible"][data-method="full-partner"]')).toHaveAttribute('data-value', '0');
    await expect(page.locator('#calc-compare')).toContainText('This route needs all or most of your services');
    expect(await compareFigures(page)).toEqual(expected(inputs));
    expect(new URL(page.url()).searchParams.get('costs')).toBe('hr:1100000,payroll:400000');
    expect(consoleErrors).toEqual([]);
  });

  test('shows a GOV.UK error summary that takes focus and links to the field', async ({ page, consoleErrors }) => {
    await page.goto(URL_PATH);
    await ready(page);
    const before = await compareFigures(page);
    const budget = page.getByLabel('Annual cost today of the services you chose');
    await budget.fill('-5');
    await page.getByRole('button', { name: 'Update estimate' }).click();
    const summary = page.locator('.calc-error-summary');
    await expect(summary).toBeVisible();
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expect(summary).toBeFocused();
    await expect(page).toHaveTitle(/^Error: /);
    const message = 'The annual cost of the services you chose must be more than £0';
    await expect(page.locator('#budget-error')).toContainText(message);
    await expect(budget).toHaveAttribute('aria-invalid', 'true');
    await expect(budget).toHaveAttribute('aria-describedby', /budget-error/);
    // The figures stay at the last good answers, and never show NaN or a blank.
    expect(await compareFigures(page)).toEqual(before);
    await expect(page.locator('.calc-results')).not.toContainText('NaN');
    expect(await axeViolations(page)).toEqual([]);
    await summary.getByRole('link', { name: message }).click();
    await expect(budget).toBeFocused();

    // More than one problem: listed in the order of the form.
    await page.getByLabel('Number of years').fill('2.5');
    await page.getByRole('button', { name: 'Clear all' }).click();
    await page.getByRole('button', { name: 'Update estimate' }).click();
    await expect(summary.getByRole('link')).toHaveText([
      'Select at least one service',
      message,
      'The number of years must be a whole number',
    ]);
    await summary.getByRole('link', { name: 'Select at least one service' }).click();
    await expect(page.locator(`#service-${data.services[0].id}`)).toBeFocused();
    // The question itself is in view, not just its first checkbox.
    await expect(page.locator('legend', { hasText: 'Which services do you want to share?' })).toBeInViewport();
    expect(consoleErrors).toEqual([]);
  });

  test('the first click on "Update estimate" after a bad answer shows the summary', async ({ page }) => {
    // Leaving the field shows its message, which moves the button down: the
    // click must still land on the button rather than the space it left.
    await page.goto(URL_PATH);
    await ready(page);
    await page.getByLabel('Discount rate').fill('50');
    await page.getByRole('button', { name: 'Update estimate' }).click();
    await expect(page.locator('.calc-error-summary')).toBeVisible();
    await expect(page.locator('.calc-error-summary')).toBeFocused();
  });

  test('a hostile link never runs and falls back to defaults with a notice', async ({ page, consoleErrors }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(HOSTILE);
    await ready(page);
    const notice = page.locator('[data-notice="calc-notice-title"]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('type of organisation');
    await expect(notice).toContainText('number of years');
    expect(await compareFigures(page)).toEqual(expected(defaultInputs(data)));
    expect(await page.content()).not.toContain('alert(1)');
    // The address bar now holds the link the calculator used, not the hostile one.
    expect(decodeURIComponent(page.url())).not.toContain('alert');
    expect(page.url()).toContain(`?${toQuery(data, defaultInputs(data))}`);
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('picking an organisation resizes the starting figures until the visitor enters their own', async ({ page }) => {
    await page.goto(URL_PATH);
    await ready(page);
    const budget = page.getByLabel('Annual cost today of the services you chose');
    await page.getByRole('radio', { name: 'School or college' }).check();
    const school = defaultInputs(data, 'school-or-college');
    await expect(budget).toHaveValue('800,000');
    for (const s of data.services) {
      const box = page.locator(`#service-${s.id}`);
      if (school.services.includes(s.id)) await expect(box).toBeChecked();
      else await expect(box).not.toBeChecked();
    }
    expect(await compareFigures(page)).toEqual(expected(school));
    // Once the visitor types a figure, changing the organisation keeps it.
    await budget.fill('2m');
    await page.getByRole('radio', { name: 'University' }).check();
    await expect(budget).toHaveValue('2m');
    expect(new URL(page.url()).searchParams.get('budget')).toBe('2000000');
  });

  test('fits a 320px-wide phone screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(URL_PATH);
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.goto(`${URL_PATH}methodology/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test('routes closed to an organisation say so, and why', async ({ page }) => {
    await page.goto(`${URL_PATH}?org=school-or-college`);
    await ready(page);
    await expect(page.locator('#calc-compare [data-figure="eligible"][data-method="full-partner"]')).toHaveAttribute('data-value', '0');
    await expect(page.locator('#calc-compare')).toContainText('Councils only');
    await expect(page.locator('#calc-compare [data-figure="eligible"][data-method="tendered-customer"]')).toHaveAttribute('data-value', '1');
    expect(await compareFigures(page)).toEqual(expected(parseQuery(data, '?org=school-or-college').inputs));
    await expect(page.locator('.calc-headline')).toContainText('Not open to you. Councils only');
  });

  test('has no axe violations in its default and results states', async ({ page }) => {
    await page.goto(URL_PATH);
    await ready(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: 'Health body' }).check();
    await page.getByRole('radio', { name: 'Company shareholder' }).check();
    await page.getByLabel('A figure for each service').check();
    await expect(page.locator('#calc-years')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('downloads a spreadsheet with the ranges, every assumption and the visitor\'s own figures', async ({ page }) => {
    await page.goto(`${URL_PATH}?years=3&mgmt=20&lead=tendered-customer:15`);
    await ready(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download the figures and every assumption/ }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const lines = text.trim().split('\r\n');
    const header = lines.findIndex((l) => l.startsWith('Route,Case,Year'));
    expect(header).toBeGreaterThan(0);
    // Every route, in 3 cases, for 3 years.
    expect(lines.slice(header + 1).filter((l) => /^[^,]+,(Low|Most likely|High),\d+,/.test(l))).toHaveLength(data.routes.length * 3 * 3);
    expect(text).toContain('Figure,Route,Open to you,Lowest,Most likely,Highest');
    expect(text).toContain(`Calculator version,${data.version}`);
    // The appraisal states its price base, and that the financial case is in cash with its inflation.
    expect(text).toContain(`Price base,"Real terms, starting in ${data.startYear}/`);
    expect(text).toMatch(/The financial case below is in cash, with inflation at [\d.]+% a year/);
    expect(text).toMatch(/Saving on senior management,Your own,20%,percent,"ours was 30%.*",your figure/);
    expect(text).toMatch(/Tendered customer: months before savings start,Your own,15 months/);
    // Every assumption from the data, with its source.
    expect(text).toMatch(/Average pension strain cost,people,"£40,000",pounds,"Spence and Partners/);
    expect(text).toContain('mgmt=20');
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
  });

  test('prints on one sheet of A4 (2 sides) with the assumptions, the date and who to contact, without the form', async ({ page }) => {
    await page.goto(URL_PATH);
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.calc-form')).toBeHidden();
    await expect(page.locator('.calc-print-head')).toContainText('oneSource');
    await expect(page.locator('.calc-print-head')).toContainText('@');
    await expect(page.locator('.calc-results .calc-print-only')).toContainText(/Estimate made on \d{1,2} [A-Z][a-z]+ \d{4}/);
    await expect(page.locator('#route-assumptions')).toBeVisible();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.calc-headline__lead')).toBeVisible();
    await expect(page.locator('#calc-compare .calc-range').first()).toBeVisible();
    await expect(page.locator('.calc-results .calc-print-only')).toContainText(`version ${data.version}`);
    // The longest printouts: every service over 10 years, a route with running costs, and a small organisation.
    for (const query of ['', '?org=london-borough&services=all&method=company-shareholder&years=10', '?org=university&years=10&method=tendered-customer', '?org=district-council&services=payroll,hr&years=7&mgmt=20&keep=tendered-customer:70']) {
      if (query) {
        await page.goto(`${URL_PATH}${query}`);
        await ready(page);
      }
      if (query.includes('mgmt')) await expect(page.locator('.calc-own-summary')).toContainText('your figure');
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      console.log(`print ${query || '(default)'}: ${pages} A4 pages`);
      expect(pages, `${query || 'the default estimate'} prints on one sheet`).toBeGreaterThan(0);
      expect(pages, `${query || 'the default estimate'} prints on one sheet`).toBeLessThanOrEqual(2);
    }
  });

  test('"talk to us" carries the figures to the contact page and pre-fills an email', async ({ page, consoleErrors }) => {
    await page.goto(`${URL_PATH}?org=district-council&method=lead-authority-customer`);
    await ready(page);
    const npv = await page.locator('#calc-compare [data-figure="npv"][data-method="lead-authority-customer"]').textContent();
    await page.getByRole('link', { name: 'Talk to us about this estimate' }).click();
    await expect(page).toHaveURL(/\/contact\/\?/);
    const box = page.locator('[data-estimate]');
    await expect(box).toBeVisible();
    await expect(box.locator('[data-field="org"]')).toHaveText('District council');
    await expect(box.locator('[data-field="method"]')).toHaveText('Lead authority customer');
    await expect(box.locator('[data-field="npv"]')).toContainText(npv!.trim());
    const mailto = await box.locator('[data-field="mailto"]').getAttribute('href');
    expect(mailto).toMatch(/^mailto:[^?]+\?subject=Savings%20estimate/);
    expect(decodeURIComponent(mailto!)).toContain(`Net present value: ${npv!.trim()}`);
    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);

    // Figures written into the link are never shown: the page works them out again from the inputs.
    await page.goto('/contact/?org=district-council&budget=1000&services=payroll&method=junior-partner&years=7&rate=2&annual=9999999999999&oneoff=-5&npv=1&payback=999');
    await expect(box).toBeVisible();
    await expect(box.locator('[data-field="budget"]')).toHaveText('£1,000');
    await expect(box.locator('[data-field="annual"]')).not.toContainText('bn');
    await expect(box.locator('[data-field="oneoff"]')).not.toContainText('−');
    await expect(box.locator('[data-field="payback"]')).not.toContainText('84');

    // A route closed to the organisation says so instead of showing figures.
    await page.goto('/contact/?org=university&method=full-partner');
    await expect(box).toBeVisible();
    await expect(box.locator('[data-field="closed"]')).toContainText('Not open to a university');
    await expect(box.locator('[data-field="npv"]')).toBeHidden();

    // A tampered link shows nothing rather than made-up text.
    await page.goto('/contact/?org=<img src=x onerror=alert(1)>&method=full-partner&years=5&rate=3.5&budget=1&services=all');
    await expect(box).toBeHidden();
    await page.goto('/contact/');
    await expect(box).toBeHidden();
  });

  test('the methodology page shows every assumption from the same data', async ({ page }) => {
    await page.goto(`${URL_PATH}methodology/`);
    const params = (await import('yaml')).parse(readFileSync('content/calculator/parameters.yaml', 'utf8')) as { id: string; value: number | number[] }[];
    for (const p of params)
      await expect(page.locator(`#assumption-${p.id} [data-figure="assumption"]`)).toHaveAttribute('data-value', Array.isArray(p.value) ? p.value.join(',') : String(p.value));
    const sources = (await import('yaml')).parse(readFileSync('content/calculator/sources.yaml', 'utf8')) as { id: string }[];
    for (const s of sources) await expect(page.locator(`#source-${s.id}`)).toHaveCount(1);
    // The Havering and Newham case as oneSource counted it: from go-live, the 2 founders keeping every pound.
    const own = { 'lead.full-partner': 0, 'keep.full-partner': 100 };
    const fp = estimate(data, { ...defaultInputs(data), budget: 58_000_000, services: data.services.map((s) => s.id), own }).routes.find((r) => r.id === 'full-partner')!;
    await expect(page.locator('[data-figure="calibration-annual"]')).toHaveAttribute('data-value', String(Math.round(fp.annualSavings)));
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the visitor\'s own assumptions, set by keyboard, travel in a link that a fresh browser reproduces', async ({ page, browser, consoleErrors }) => {
    await page.goto(URL_PATH);
    await ready(page);
    const details = page.locator('.calc-details');
    await details.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(details).toHaveAttribute('open', '');
    expect(await axeViolations(page)).toEqual([]);
    const mgmt = page.getByLabel('Saving on senior management');
    await expect(page.locator('#own-management-hint')).toContainText('Our figure: 30% (London Borough of Havering');
    await mgmt.focus();
    await page.keyboard.type('20');
    await page.keyboard.press('Tab');
    const lead = page.getByLabel('Tendered customer: months before savings start');
    await lead.fill('15');
    const inputs: Inputs = { ...defaultInputs(data), own: { management: 20, 'lead.tendered-customer': 15 } };
    await expect(page.locator('#calc-compare [data-figure="lead-months"][data-method="tendered-customer"]')).toHaveAttribute('data-value', '15');
    expect(await compareFigures(page)).toEqual(expected(inputs));
    expect(await compareRanges(page)).toEqual(expectedRanges(inputs));
    // Marked as the visitor's own, beside ours.
    const mine = page.locator('.calc-own-summary');
    await expect(mine.locator('[data-own="management"]')).toContainText('Saving on senior management: 20% your figure (ours: 30%)');
    const link = page.url();
    expect(new URL(link).searchParams.get('mgmt')).toBe('20');
    expect(new URL(link).searchParams.get('lead')).toBe('tendered-customer:15');

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await ready(other);
    expect(await compareFigures(other)).toEqual(expected(inputs));
    expect(await compareRanges(other)).toEqual(expectedRanges(inputs));
    await expect(other.getByLabel('Saving on senior management')).toHaveValue('20');
    await expect(other.locator('.calc-details')).toHaveAttribute('open', '');
    await fresh.close();

    // "Use all our figures again" empties every field and hides itself; the figures are ours again.
    const reset = page.getByRole('button', { name: 'Use all our figures again' });
    await reset.click();
    await expect(reset).toBeHidden();
    await expect(mgmt).toHaveValue('');
    await expect.poll(() => compareFigures(page)).toEqual(expected(defaultInputs(data)));
    await expect(page.locator('.calc-own-summary')).toHaveCount(0);

    // A bad figure gets a message at the field and in the summary; the estimate keeps the last good answers.
    await mgmt.fill('120');
    await page.getByRole('button', { name: 'Update estimate' }).click();
    await expect(page.locator('.calc-error-summary')).toContainText('Saving on senior management must be between 0 and 100%');
    await expect(page.locator('#own-management-error')).toBeVisible();
    // The visitor may still close the panel, and the next answer does not open it again.
    await details.locator('summary').click();
    await expect(details).not.toHaveAttribute('open', '');
    // (The island works out whether the panel is open in the same task as the key press.)
    await page.getByLabel('Number of years').fill('8');
    await expect(details).not.toHaveAttribute('open', '');
    expect(consoleErrors).toEqual([]);
  });

  test('a link made with an older version of the calculator says the figures have been updated', async ({ page }) => {
    await page.goto(`${URL_PATH}?org=district-council&method=junior-partner&v=1-old`);
    await ready(page);
    const notice = page.locator('[data-notice="calc-stale-title"]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('The figures have been updated since this link was made');
    expect(await compareFigures(page)).toEqual(expected(parseQuery(data, '?org=district-council&method=junior-partner').inputs));
    expect(await axeViolations(page)).toEqual([]);
    // A link of this version carries no notice.
    await page.goto(`${URL_PATH}?org=district-council&method=junior-partner&v=${data.version}`);
    await ready(page);
    await expect(notice).toBeHidden();
  });

  test('a cost far from typical, or one that makes every route lose money, gets a warning and still an estimate', async ({ page }) => {
    await page.goto(`${URL_PATH}?org=district-council&services=payroll&budget=3000000&method=junior-partner`);
    await ready(page);
    await expect(page.locator('[data-warning="typical"]')).toContainText(/£3m is about \d+ times what a district council typically spends on these services \(about £[\d,]+ a year\)/);
    await expect(page.locator('#calc-compare [data-figure="annual-savings"][data-method="junior-partner"]')).toHaveAttribute('data-value', /^\d+$/);
    await page.goto(`${URL_PATH}?org=district-council&services=payroll&budget=1&method=junior-partner`);
    await ready(page);
    await expect(page.locator('[data-warning="loss"]')).toContainText('no route open to you saves more than it costs');
    await expect(page.locator('.calc-results')).not.toContainText('NaN');
  });

  test('a shared link shows its own figures from the first moment its results are visible', async ({ page }) => {
    const q = '?org=district-council&services=payroll,hr&method=junior-partner&years=7';
    const seen: string[] = [];
    // Record the headline, and a figure from each part below it (each redrawn in a task of its own),
    // each time the results are visible, from the first paint on.
    await page.addInitScript(() => {
      const w = window as unknown as { __seen: string[] };
      w.__seen = [];
      const look = () => {
        const r = document.querySelector('.calc-results');
        const value = (css: string) => document.querySelector(css)?.getAttribute('data-value');
        const v = [
          '[data-figure="net-total"][data-scope="headline"]',
          '#calc-compare [data-figure="npv"][data-method="junior-partner"]',
          '#calc-cumulative [data-figure="cumulative-net"][data-method="junior-partner"][data-year="7"]',
        ].map(value);
        if (r && v.every(Boolean) && getComputedStyle(r).visibility === 'visible') w.__seen.push(v.join(' '));
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(`${URL_PATH}${q}`);
    await ready(page);
    await expect(page.locator('html')).not.toHaveClass(/calc-link-pending/);
    await page.waitForTimeout(300);
    seen.push(...(await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)));
    const route = estimate(data, parseQuery(data, q).inputs).routes.find((r) => r.id === 'junior-partner')!;
    const want = [route.netTotal, route.npv, route.years.at(-1)!.cumulative].map((n) => String(Math.round(n) + 0)).join(' ');
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set([want]));
  });

  test('a figure typed before the calculator is ready is not lost', async ({ page }) => {
    // Hold the island's code back, as a slow council connection would, and type meanwhile.
    await page.route('**/_astro/Calculator*.js', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto(URL_PATH);
    const budget = page.getByLabel('Annual cost today of the services you chose');
    await budget.fill('12m');
    await ready(page);
    const inputs: Inputs = { ...defaultInputs(data), budget: 12_000_000 };
    await expect(page.locator('#calc-compare [data-figure="npv"][data-method="full-partner"]')).toHaveAttribute('data-value', expected(inputs)['npv|full-partner']);
    await expect(budget).toHaveValue('12m');
    expect(new URL(page.url()).searchParams.get('budget')).toBe('12000000');
  });

  test('on a 375px phone the estimate stays in view beside the form, never over a focused field, and is announced once a change', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto(URL_PATH);
    await ready(page);
    const bar = page.locator('.calc-bar');
    const headline = '[data-figure="annual-savings"][data-scope="headline"]';
    const inBar = bar.locator('[data-figure="annual-savings"][data-scope="bar"]');
    // At the first question the headline is far below, and the bar shows its figure.
    await page.getByRole('radio', { name: 'District council' }).scrollIntoViewIfNeeded();
    await expect(page.locator(headline)).not.toBeInViewport();
    await expect(bar).toBeInViewport();
    await expect(bar).not.toHaveAttribute('aria-live');
    await expect(inBar).toHaveAttribute('data-value', (await page.locator(headline).getAttribute('data-value'))!);
    const height = (await bar.boundingBox())!.height;
    const results = async () => page.evaluate(() => document.getElementById('calc-results-title')!.getBoundingClientRect().top + scrollY);
    const top = await results();

    // Count what the live region says while one answer changes.
    await page.evaluate(() => {
      const w = window as unknown as { __said: string[] };
      w.__said = [];
      const live = document.querySelector('[aria-live="polite"]')!;
      new MutationObserver(() => w.__said.push(live.textContent ?? '')).observe(live, { childList: true, subtree: true, characterData: true });
    });
    const budget = page.getByLabel('Annual cost today of the services you chose');
    await budget.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('12m', { delay: 50 });
    const want = String(Math.round(estimate(data, { ...defaultInputs(data), budget: 12_000_000 }).routes[0].annualSavings));
    await expect(inBar).toHaveAttribute('data-value', want);
    await expect(page.locator(headline)).toHaveAttribute('data-value', want);
    await expect(page.locator('[aria-live="polite"]')).toContainText('Estimate updated');
    await page.waitForTimeout(1200);
    expect(await page.evaluate(() => (window as unknown as { __said: string[] }).__said.filter(Boolean))).toHaveLength(1);

    // A route closed to this organisation says so in the bar, which keeps its height, so nothing below it moves.
    await page.getByRole('radio', { name: 'School or college' }).check();
    await expect(bar).toContainText('not open to you');
    expect((await bar.boundingBox())!.height).toBe(height);
    expect(await results()).toBe(top);

    // Every text field the keyboard reaches stays clear of the bar.
    await page.getByRole('radio', { name: 'District council' }).focus();
    for (const name of ['Annual cost today of the services you chose', 'Number of years', 'Discount rate']) {
      const field = page.getByLabel(name);
      while (!(await field.evaluate((el) => el === document.activeElement))) await page.keyboard.press('Tab');
      const f = (await field.boundingBox())!;
      const b = (await bar.boundingBox())!;
      expect(f.y + f.height, `${name} is above the bar`).toBeLessThanOrEqual(b.y);
    }
    // Once the results are in view the bar rests at the end of the form, above them.
    await page.locator('#calc-results-title').scrollIntoViewIfNeeded();
    expect((await bar.boundingBox())!.y).toBeLessThan((await page.locator('#calc-results-title').boundingBox())!.y);
  });

  test('the parts below the headline are styled from the first paint, before their code is loaded', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto(URL_PATH);
    await ready(page);
    // Of the chart's three plots (one for each width), only the narrow one shows on a phone.
    const shown = await page.$$eval('.calc-chart__plot', (els) => els.filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.getAttribute('class')));
    expect(shown).toEqual(['calc-chart__plot calc-chart__plot--narrow']);
  });

  test('every calculator link on the site is a valid preset', async ({ request }) => {
    const seen = new Set<string>();
    for (const path of sitemapPaths()) {
      const html = await (await request.get(path)).text();
      for (const m of html.matchAll(/href="\/savings-calculator\/\?([^"#]*)"/g)) {
        const q = m[1].replace(/&amp;/g, '&');
        if (seen.has(q)) continue;
        seen.add(q);
        expect(parseQuery(data, q).ignored, `${path} links to ?${q}`).toEqual([]);
      }
    }
    expect(seen.size).toBeGreaterThan(10);
  });
});
