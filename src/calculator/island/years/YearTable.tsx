/** The chosen route year by year, in the central case, with each year's net range. */
import type { RangedRoute } from '../../model';
import { money, rangeText } from '../../format';
import { Fig } from '../Fig';

const COLUMNS: [string, string, (y: RangedRoute['years'][number]) => number][] = [
  ['year-savings', 'Savings', (y) => y.savings],
  ['year-running', 'Running costs', (y) => y.running],
  ['year-one-off', 'One-off costs', (y) => y.oneOff],
  ['year-net', 'Net', (y) => y.net],
  ['year-discounted', "Net in today's money", (y) => y.discounted],
];

export function YearTable({ route }: { route: RangedRoute }) {
  return (
    <>
      <h3>{route.label}: year by year</h3>
      <div class="table-wrap" role="region" aria-labelledby="calc-years-caption" tabIndex={0}>
        <table class="calc-table" id="calc-years">
          <caption id="calc-years-caption" class="visually-hidden">
            {route.label}: savings and costs in each year, most likely case, with the range of the net figure
          </caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              {COLUMNS.map(([, label]) => (
                <th scope="col" class="num">
                  {label}
                </th>
              ))}
              <th scope="col" class="num">Net, low to high</th>
            </tr>
          </thead>
          <tbody>
            {route.years.map((y, i) => {
              const a = route.low.years[i].net;
              const b = route.high.years[i].net;
              return (
                <tr>
                  <th scope="row">Year {y.year}</th>
                  {COLUMNS.map(([f, , pick]) => (
                    <td class="num">
                      <Fig f={f} m={route.id} v={pick(y)} x={{ 'data-year': y.year }}>
                        {money(pick(y))}
                      </Fig>
                    </td>
                  ))}
                  <td class="num">{rangeText(Math.min(a, b), Math.max(a, b))}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
