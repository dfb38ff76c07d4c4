/**
 * Every route side by side: open to you or not (and why), then each figure's
 * most likely value with its low-to-high range beneath.
 */
import type { Estimate, RouteEstimate } from '../../model';
import { paybackValue, spread } from '../../model';
import { money, paybackOf, startsLabel, yearsText } from '../../format';
import { Fig } from '../Fig';
import { rangeWords } from '../words';

type Row = [label: string, figure: string, pick: (r: RouteEstimate) => number, text?: (n: number) => string, short?: (n: number) => string];

export function Comparison({ est, chosen, years }: { est: Estimate; chosen: string; years: number }) {
  const rows: Row[] = [
    ['Savings start', 'lead-months', (r) => r.lead, startsLabel, (n) => `month ${n + 1}`],
    ['Savings a year at full run', 'annual-savings', (r) => r.annualSavings],
    ['Running costs a year', 'running-costs', (r) => r.annualRunning],
    ['One-off costs', 'one-off-costs', (r) => r.oneOff],
    [`Net savings over ${yearsText(years)}`, 'net-total', (r) => r.netTotal],
    ['Net present value', 'npv', (r) => r.npv],
    ['Pays back (undiscounted)', 'payback', (r) => paybackValue(r.payback), (n) => paybackOf(n, years)],
    ['Pays back (discounted)', 'discounted-payback', (r) => paybackValue(r.discountedPayback), (n) => paybackOf(n, years)],
  ];
  const cls = (id: string, num = false) => [num && 'num', id === chosen && 'calc-chosen'].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <h3>All {est.routes.length} routes side by side</h3>
      <p class="calc-hint">Each figure is the most likely one, with its range beneath: the lowest and highest of the low and high cases.</p>
      <div class="table-wrap" role="region" aria-labelledby="calc-compare-caption" tabIndex={0}>
        <table class="calc-table" id="calc-compare">
          <caption id="calc-compare-caption" class="visually-hidden">
            Savings and costs for each route, most likely figure and range
          </caption>
          <thead>
            <tr>
              <td></td>
              {est.routes.map((r) => (
                <th scope="col" class={cls(r.id)}>
                  {r.label}
                  {r.id === chosen && <span class="calc-tag"> Your choice</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Open to you</th>
              {est.routes.map((r) => (
                <td class={cls(r.id)}>
                  <Fig f="eligible" m={r.id} v={r.eligible ? 1 : 0}>
                    {r.eligible ? 'Yes' : 'No'}
                  </Fig>
                  {!r.eligible && <span class="calc-reason"> {r.reason}</span>}
                </td>
              ))}
            </tr>
            {rows.map(([label, f, pick, text = money, short = text]) => (
              <tr>
                <th scope="row">{label}</th>
                {est.routes.map((r) => {
                  if (!r.eligible)
                    return (
                      <td class={cls(r.id, true)}>
                        <span class="calc-na">Not open to you</span>
                      </td>
                    );
                  const [lo, mid, hi] = spread(r, pick);
                  return (
                    <td class={cls(r.id, true)}>
                      <Fig f={f} m={r.id} v={mid} r={[lo, hi]}>
                        {text(mid)}
                      </Fig>
                      {lo !== hi && <span class="calc-range">{rangeWords(lo, hi, short)}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
