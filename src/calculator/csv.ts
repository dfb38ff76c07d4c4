/**
 * The year-by-year figures as CSV, for a spreadsheet. A few lines describing
 * the estimate come first, then one row per route per year in whole pounds
 * (no £ signs or separators, so spreadsheets read them as numbers).
 */
import type { Estimate, ModelData } from './model';

/** Quote a cell when it needs it; our text never starts with a formula character. */
const cell = (v: string | number) => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const row = (cells: (string | number)[]) => cells.map(cell).join(',');
const whole = (n: number) => String(Math.round(Number.isFinite(n) ? n : 0) + 0);

export function toCsv(data: ModelData, e: Estimate, link: string, date: string): string {
  const i = e.inputs;
  const org = data.orgs.find((o) => o.id === i.org)?.label ?? i.org;
  const lines = [
    row(['oneSource savings estimate']),
    row(['Made on', date]),
    row(['Link to this estimate', link]),
    row(['Type of organisation', org]),
    row(['Services', e.baselineByService.map((b) => b.label).join('; ')]),
    row(['Annual cost today (£)', whole(e.baseline)]),
    row(['Years', i.years]),
    row(['Discount rate (%)', i.rate]),
    '',
    row(['Route', 'Open to you', 'Year', 'Savings (£)', 'Running costs (£)', 'One-off costs (£)', 'Net (£)', 'Cumulative net (£)', 'Discounted net (£)']),
  ];
  for (const r of e.routes)
    for (const y of r.years)
      lines.push(
        row([r.label, r.eligible ? 'Yes' : 'No', y.year, whole(y.savings), whole(y.running), whole(y.oneOff), whole(y.net), whole(y.cumulative), whole(y.discounted)]),
      );
  return lines.join('\r\n') + '\r\n';
}
