/**
 * Where the chosen route's savings come from (by lever and by service) and
 * what it costs (each one-off and running line, the client function kept in
 * house and the cost of leaving later), all in the central case.
 */
import type { Amount, Estimate, RangedRoute } from '../../model';
import { money } from '../../format';
import { Fig } from '../Fig';

interface Line {
  a: Amount;
  f: string;
  x: string;
  suffix?: string;
}

function AmountTable(p: { id: string; title: string; caption: string; head?: [string, string]; lines: Line[]; method: string; total?: [string, number]; extra?: Line[] }) {
  const row = (l: Line) => (
    <tr>
      <th scope="row">
        {l.a.label}
        {l.suffix}
      </th>
      <td class="num">
        <Fig f={l.f} m={p.method} v={l.a.amount} x={{ [`data-${l.x}`]: l.a.id }}>
          {money(l.a.amount)}
        </Fig>
      </td>
    </tr>
  );
  return (
    <>
      <h3>{p.title}</h3>
      <div class="table-wrap" role="region" aria-labelledby={`${p.id}-caption`} tabIndex={0}>
        <table class="calc-table" id={p.id}>
          <caption id={`${p.id}-caption`} class="visually-hidden">
            {p.caption}
          </caption>
          {p.head && (
            <thead>
              <tr>
                <th scope="col">{p.head[0]}</th>
                <th scope="col" class="num">
                  {p.head[1]}
                </th>
              </tr>
            </thead>
          )}
          <tbody>
            {p.lines.map(row)}
            {p.total && (
              <tr class="calc-total">
                <th scope="row">{p.total[0]}</th>
                <td class="num">{money(p.total[1])}</td>
              </tr>
            )}
            {p.extra?.map(row)}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function Splits({ est, route }: { est: Estimate; route: RangedRoute }) {
  const m = route.id;
  return (
    <div class="calc-split">
      <div>
        <AmountTable
          id="calc-levers"
          title="Where the savings come from"
          caption={`${route.label}: savings a year at full run, by lever`}
          head={['Lever', 'A year at full run']}
          lines={route.byLever.map((a) => ({ a, f: 'lever-savings', x: 'lever' }))}
          method={m}
          total={['Total', route.annualSavings]}
        />
        <AmountTable
          id="calc-costs"
          title="What it costs"
          caption={`${route.label}: one-off and running costs`}
          lines={route.oneOffItems.map((a) => ({ a, f: 'one-off-item', x: 'item' }))}
          method={m}
          total={['One-off costs in all', route.oneOff]}
          extra={[
            ...route.runningItems.map((a) => ({ a, f: 'running-item', x: 'item', suffix: ' (a year)' })),
            { a: { id: 'retained', label: 'Client function you keep, not shared or saved (a year)', amount: route.retained }, f: 'retained', x: 'item' },
            { a: { id: 'leaving', label: 'Leaving later: bringing the services back (counted in the low case)', amount: route.leaving }, f: 'leaving-cost', x: 'item' },
          ]}
        />
      </div>
      <div>
        <h3>Savings by service</h3>
        <div class="table-wrap" role="region" aria-labelledby="calc-services-caption" tabIndex={0}>
          <table class="calc-table" id="calc-services">
            <caption id="calc-services-caption" class="visually-hidden">
              {route.label}: savings a year at full run, by service
            </caption>
            <thead>
              <tr>
                <th scope="col">Service</th>
                <th scope="col" class="num">Cost today</th>
                <th scope="col" class="num">Saving a year</th>
              </tr>
            </thead>
            <tbody>
              {route.byService.map((s, i) => (
                <tr>
                  <th scope="row">{s.label}</th>
                  <td class="num">
                    <Fig f="service-cost" v={est.baselineByService[i].amount} x={{ 'data-service': s.id }}>
                      {money(est.baselineByService[i].amount)}
                    </Fig>
                  </td>
                  <td class="num">
                    <Fig f="service-savings" m={m} v={s.amount} x={{ 'data-service': s.id }}>
                      {money(s.amount)}
                    </Fig>
                  </td>
                </tr>
              ))}
            </tbody>
            {route.byService.length > 1 && (
              <tfoot>
                <tr>
                  <th scope="row">Total</th>
                  <td class="num">{money(est.baseline)}</td>
                  <td class="num">{money(route.annualSavings)}</td>
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      </div>
    </div>
  );
}
