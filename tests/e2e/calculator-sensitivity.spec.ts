/**
 * The methodology page's sensitivity table against the model: one row per
 * driver with the link contract's data-driver, data-npv-low, data-npv-high and
 * data-switching (a percentage, or "none"), the figures the model gives for
 * the starting case, and a page with no accessibility violations.
 */
import { test, expect, axeViolations } from '../support/site';
import { readModelData } from '../../src/calculator/content-fs';
import { DRIVER_IDS } from '../../src/calculator/model';
import { sensitivity } from '../../src/calculator/appraisal';
import { defaultInputs } from '../../src/calculator/state';

test('the methodology page gives every driver its NPV at both ends and its switching value, as the model does', async ({ page }) => {
  await page.goto('/savings-calculator/methodology/');
  const data = readModelData();
  const start = defaultInputs(data);
  const rows = sensitivity(data, start, start.method);
  await expect(page.locator('tr[data-driver]')).toHaveCount(DRIVER_IDS.length);
  for (const r of rows) {
    const tr = page.locator(`tr[data-driver="${r.id}"]`);
    await expect(tr).toHaveAttribute('data-npv-low', String(Math.round(r.npvLow)));
    await expect(tr).toHaveAttribute('data-npv-high', String(Math.round(r.npvHigh)));
    await expect(tr).toHaveAttribute('data-switching', r.switching === null ? 'none' : String(Math.round(r.switching * 1000) / 10));
    await expect(tr.locator('th')).toHaveText(r.label);
  }
  expect(await axeViolations(page)).toEqual([]);
});
