/**
 * The answers in one sentence, the guardrail warnings, and the chosen route's
 * headline figures, each with its range: "£7m to £10.8m a year, most likely
 * £9.9m". The switching value says how far savings can fall short before the
 * route's net present value falls to zero (the Green Book's switching value).
 */
import './headline.css';
import { Fragment } from 'preact';
import type { Estimate, ModelData, RangedRoute, RouteEstimate, Warnings } from '../../model';
import { paybackValue, spread } from '../../model';
import { decimal, money, paybackOf, rangeText, yearsText } from '../../format';
import { Fig } from '../Fig';
import { rangeWords } from '../words';

interface Props {
  data: ModelData;
  est: Estimate;
  chosen: RangedRoute;
  orgLabel: string;
  warn: Warnings;
  /** The visitor asked for the figures of another route. */
  choose?: (id: string) => void;
}

type Row = [figure: string, label: (years: number) => string, pick: (e: RouteEstimate) => number, payback?: true];
/** The headline's figures, in order: what it shows and what is announced (`spoken`). */
const ROWS: Row[] = [
  ['annual-savings', () => 'Savings a year at full run', (e) => e.annualSavings],
  ['one-off-costs', () => 'One-off costs', (e) => e.oneOff],
  ['net-total', (y) => `Net savings over ${yearsText(y)}`, (e) => e.netTotal],
  ['npv', () => 'Net present value', (e) => e.npv],
  ['payback', () => 'Pays back (undiscounted)', (e) => paybackValue(e.payback), true],
  ['discounted-payback', () => 'Pays back (discounted)', (e) => paybackValue(e.discountedPayback), true],
];
const textOf = (row: Row, years: number) => (row[3] ? (m: number) => paybackOf(m, years) : money);

/** The lead sentence: the range of savings a year. */
const lead = (chosen: RangedRoute) => {
  const [lo, , hi] = spread(chosen, (e) => e.annualSavings);
  return `Savings of ${rangeText(lo, hi)} a year at full run, most likely ${money(chosen.annualSavings)}.`;
};

/**
 * What the screen reader hears once the figures change: the route, the lead
 * sentence (or why the route is closed) and the other figures, as shown.
 */
export function spoken(chosen: RangedRoute, years: number): string {
  if (!chosen.eligible) return `Estimate updated. ${chosen.label}. Not open to you. ${chosen.reason}`;
  const others = ROWS.slice(1).map((row) => `${row[1](years)}: ${textOf(row, years)(spread(chosen, row[2])[1])}`);
  return `Estimate updated. ${chosen.label}. ${lead(chosen)} ${others.join('; ')}.`;
}

function Figure({ r, f, label, pick, text }: { r: RangedRoute; f: string; label: string; pick: (e: RouteEstimate) => number; text: (n: number) => string }) {
  const [lo, mid, hi] = spread(r, pick);
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <Fig f={f} m={r.id} v={mid} r={[lo, hi]} x={{ 'data-scope': 'headline' }}>
          {text(mid)}
        </Fig>
        <span class="calc-range">{rangeWords(lo, hi, text)}</span>
      </dd>
    </div>
  );
}

export function Headline({ data, est, chosen, orgLabel, warn, choose }: Props) {
  const { years, rate } = est.inputs;
  const n = est.inputs.services.length;
  const org = data.orgs.find((o) => o.id === est.inputs.org);
  const vat = chosen.runningItems.find((i) => i.id === 'vat');
  const route = data.routes.find((r) => r.id === chosen.id);
  return (
    <>
      <p>
        For a {orgLabel} sharing {n === data.services.length ? `all ${n} services` : `${n} service${n === 1 ? '' : 's'}`} that cost{' '}
        <Fig f="baseline" v={est.baseline}>
          {money(est.baseline)}
        </Fig>{' '}
        a year today, over <Fig f="years" v={years}>{yearsText(years)}</Fig>, at a discount rate of{' '}
        <Fig f="rate" v={String(rate)}>{`${decimal(rate)}%`}</Fig>. Figures are in today's prices, with no inflation.
      </p>
      {(warn.typical !== null || warn.loss) && (
        <div class="calc-warning" role="note" data-warning>
          <strong>Check your figures.</strong>
          {warn.typical !== null && (
            <p data-warning="typical">
              {`${money(est.baseline)} is about ${warn.typical >= 1 ? `${Math.round(warn.typical)} times` : `a ${Math.round(1 / warn.typical)}th of`} what a ${orgLabel} typically spends on these services (about ${money(est.baseline / warn.typical)} a year). The estimate below uses your figure as it stands.`}
            </p>
          )}
          {warn.loss && (
            <p data-warning="loss">{`At this cost, no route open to you saves more than it costs within ${yearsText(years)}: the fixed costs of joining outweigh the savings.`}</p>
          )}
        </div>
      )}
      <div class="calc-headline">
        <h3>{chosen.label}</h3>
        {chosen.eligible ? (
          <>
            <p class="calc-headline__lead" data-range="annual-savings">
              {lead(chosen)}
            </p>
            <dl class="calc-headline__figures">
              {ROWS.map((row) => (
                <Figure key={row[0]} r={chosen} f={row[0]} label={row[1](years)} pick={row[2]} text={textOf(row, years)} />
              ))}
            </dl>
            <p class="calc-headline__note">
              {chosen.switching === null ? null : chosen.switching >= 0 ? (
                <Fig f="switching" m={chosen.id} v={Math.round(chosen.switching * 100)}>
                  {`Savings could fall ${Math.round(chosen.switching * 100)}% short of the most likely figure before this route's net present value over ${yearsText(years)} falls to zero.`}
                </Fig>
              ) : (
                <Fig f="switching" m={chosen.id} v={Math.round(chosen.switching * 100)}>
                  {`Even at the most likely figure this route's net present value over ${yearsText(years)} is below zero: savings would need to be ${Math.round(-chosen.switching * 100)}% higher for it to reach zero.`}
                </Fig>
              )}
              {vat && vat.amount > 0 ? ` It includes ${money(vat.amount)} a year of VAT you cannot get back on the provider's charge. The cost sharing exemption could remove it only if the charge were the exact share of costs. This route's margin rules that out.` : ''}
              {route?.vat && org?.isCouncil ? ' As a council you recover the VAT on the charge under section 33, provided your VAT on exempt business stays within the partial exemption limit.' : ''}
            </p>
          </>
        ) : (
          <>
            <p>
              <strong>Not open to you.</strong> {chosen.reason}
            </p>
            <p class="no-print">
              See the figures for a route open to you:{' '}
              {est.routes
                .filter((r) => r.eligible)
                .map((r, i, open) => (
                  <Fragment key={r.id}>
                    {i > 0 && (i === open.length - 1 ? ' or ' : ', ')}
                    <button type="button" class="calc-link-button" onClick={() => choose?.(r.id)}>
                      {r.label}
                    </button>
                  </Fragment>
                ))}
              .
            </p>
          </>
        )}
      </div>
    </>
  );
}
