/**
 * The estimate as CSV, for a spreadsheet: what was asked, the version and
 * conventions, every figure's low, most likely and high case, every route year
 * by year in all three cases, the visitor's own assumptions, and every
 * assumption the model used with its value, unit and source. Amounts are whole
 * pounds with no £ signs or separators, so spreadsheets read them as numbers.
 *
 * Written only when the visitor asks for the spreadsheet. The list of every
 * assumption is fetched then, from /savings-calculator/assumptions.json,
 * written at build time from content/calculator/, so the page does not carry it.
 */
import type { Estimate, ModelData, RouteEstimate } from './model';
import { paybackValue, spread } from './model';
import { financialCase, sensitivity } from './appraisal';
import { switchingAttr } from './describe';
import { changed, unitText } from './island/assumptions/own';

/** Quote a cell when it needs it; our text never starts with a formula character. */
const cell = (v: string | number) => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const row = (cells: (string | number)[]) => cells.map(cell).join(',');
const whole = (n: number) => (Number.isFinite(n) ? String(Math.round(n) + 0) : 'not within the horizon');

export interface AssumptionRow {
  group: string;
  label: string;
  value: string;
  unit: string;
  source: string;
  /** The key in ModelData.own when the visitor can replace it. */
  key?: string;
}

export async function loadAssumptions(): Promise<AssumptionRow[] | null> {
  try {
    const r = await fetch('/savings-calculator/assumptions.json');
    return r.ok ? ((await r.json()) as { rows: AssumptionRow[] }).rows : null;
  } catch {
    return null;
  }
}

const FIGURES: [string, (e: RouteEstimate) => number][] = [
  ['Savings a year at full run (£)', (e) => e.annualSavings],
  ['Running costs a year (£)', (e) => e.annualRunning],
  ['One-off costs (£)', (e) => e.oneOff],
  ['Net savings over the horizon (£)', (e) => e.netTotal],
  ['Net present value (£)', (e) => e.npv],
  ['Pays back, undiscounted (month)', (e) => paybackValue(e.payback)],
  ['Pays back, discounted (month)', (e) => paybackValue(e.discountedPayback)],
  ['Leaving later (£)', (e) => e.leaving],
];

export function toCsv(data: ModelData, e: Estimate, link: string, date: string, assumptions: AssumptionRow[] | null = null): string {
  const i = e.inputs;
  const own = changed(data.own, i.own);
  const lines = [
    row(['oneSource savings estimate']),
    row(['Made on', date]),
    row(['Link to this estimate', link]),
    row(['Calculator version', data.version]),
    row(['Price base', data.startYear ? `Real terms, starting in ${data.startYear}/${String((data.startYear + 1) % 100).padStart(2, '0')}. Pound figures from sources of 2013 to 2019 are used as published, not yet indexed to that year (see the methodology page). The financial case below is in cash, with inflation at ${Math.round((data.inflation ?? 0) * 1000) / 10}% a year` : "Today's prices (real terms), with no inflation"]),
    row(['Discounting', `${i.rate}% a year; the first year is year 0 and is not discounted (HM Treasury Green Book)`]),
    row(['Type of organisation', data.orgs.find((o) => o.id === i.org)?.label ?? i.org]),
    row(['Services', e.baselineByService.map((b) => b.label).join('; ')]),
    row(['Annual cost today (£)', whole(e.baseline)]),
    row(['Years', i.years]),
    row(['Your own assumptions', own.length ? `${own.length}, marked "your figure" below` : 'none']),
    '',
    row(['Figure', 'Route', 'Open to you', 'Lowest', 'Most likely', 'Highest']),
  ];
  for (const r of e.routes)
    for (const [label, pick] of FIGURES) {
      const [lo, mid, hi] = spread(r, pick);
      lines.push(row([label, r.label, r.eligible ? 'Yes' : `No: ${r.reason}`, whole(lo), whole(mid), whole(hi)]));
    }
  lines.push('', row(['Route', 'Case', 'Year', 'Savings (£)', 'Running costs (£)', 'One-off costs (£)', 'Net (£)', 'Cumulative net (£)', 'Discounted net (£)']));
  for (const r of e.routes)
    for (const [name, c] of [['Low', r.low], ['Most likely', r], ['High', r.high]] as const)
      for (const y of c.years)
        lines.push(row([r.label, name, y.year, whole(y.savings), whole(y.running), whole(y.oneOff), whole(y.net), whole(y.cumulative), whole(y.discounted)]));
  lines.push('', row(['Do nothing: the services as they are, cost over the horizon (£)', whole(e.doNothing.cost)]), row(['Do nothing: the same, discounted (£)', whole(e.doNothing.costPv)]), row(['Do nothing: net present value against itself (£)', 0]));
  // The financial case: cash by financial year, revenue and capital, central case.
  lines.push('', row(['Route', 'Financial year', 'Revenue: savings less running costs (£)', 'Revenue: one-off costs (£)', 'Capital: systems and data (£)', 'Net cash (£)']));
  for (const r of e.routes)
    for (const y of financialCase(data, r)) lines.push(row([r.label, y.label, whole(y.revenueNet), whole(y.revenueOneOff), whole(y.capital), whole(y.net)]));
  // Sensitivity, driver by driver, on NPV (HM Treasury Green Book): switching values in percent, or points for VAT and leaving.
  lines.push('', row(['Route', 'Driver', 'NPV at its low end (£)', 'NPV at its high end (£)', 'Switching value', 'Switching unit', 'Within its range']));
  for (const r of e.routes)
    for (const d of sensitivity(data, i, r.id))
      lines.push(row([r.label, d.label, whole(d.npvLow), whole(d.npvHigh), switchingAttr(d), d.switching === null ? '' : d.unit, d.switching === null ? '' : d.withinRange ? 'Yes' : 'No']));
  lines.push('', row(['Assumption', 'Group', 'Value used', 'Unit', 'Source', 'Whose']));
  for (const { spec, yours } of own) lines.push(row([spec.label, 'Your own', unitText(spec, yours), spec.unit, `ours was ${unitText(spec, spec.value)} (${spec.source})`, 'your figure']));
  const mine = new Set(own.map((o) => o.spec.key));
  if (assumptions) {
    for (const a of assumptions) if (!a.key || !mine.has(a.key)) lines.push(row([a.label, a.group, a.value, a.unit, a.source, 'ours']));
  } else lines.push(row(['Every other assumption', '', '', '', 'See the methodology page: /savings-calculator/methodology/', 'ours']));
  return lines.join('\r\n') + '\r\n';
}

/** Hands the visitor the spreadsheet as a file. Here, not in the island, so its code loads only when asked for. */
export async function downloadCsv(data: ModelData, e: Estimate, link: string, date: string): Promise<void> {
  const csv = toCsv(data, e, link, date, await loadAssumptions());
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  a.download = 'onesource-savings-estimate.csv';
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
