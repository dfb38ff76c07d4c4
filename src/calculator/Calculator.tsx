/**
 * The savings calculator island. It renders on the server with the default
 * estimate (so the page reads in full without JavaScript), then hydrates with
 * exactly the same markup: the URL is only read after hydration, so a plain
 * visit causes no layout shift.
 *
 * Every figure comes from `estimate()` in model.ts; this file only lays it out.
 * Figures carry data-figure, data-method and data-value (the raw number) so
 * tests and other tools can read them without parsing text.
 *
 * The form follows the GOV.UK pattern: labels and hints, a message at the
 * field, and after "Update estimate" an error summary that takes focus and
 * links to each field. Results update as the visitor types whenever the form
 * is valid, and a polite live region announces the new headline figures.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { estimate, type Inputs, type ModelData, type RouteEstimate } from './model';
import {
  defaultInputs,
  formFromInputs,
  listNames,
  parseQuery,
  toQuery,
  typicalBudget,
  typicalServices,
  validateForm,
  type FieldError,
  type FormState,
  type ParamKey,
} from './state';
import { decimal, grouped, midSentence, money, paybackLabel, startsLabel } from './format';
import { toCsv } from './csv';
import { Chart } from './Chart';

/** The plain-English comparison of each route, from content/joining (compare). */
export interface RouteWords {
  id: string;
  title: string;
  tupe: string;
  procurement: string;
  control: string;
  pensions: string;
  marketTesting: string;
}

interface Props {
  data: ModelData;
  words: RouteWords[];
  /** The build date, "30 June 2026", until the browser supplies today's. */
  built: string;
}

/** A figure with its machine-readable value. */
function Fig(p: { f: string; m?: string; v: number | string; children: string; extra?: Record<string, string | number> }) {
  const v = typeof p.v === 'number' ? String(Math.round(p.v) + 0) : p.v;
  return (
    <span data-figure={p.f} data-method={p.m ?? 'all'} data-value={v} {...p.extra}>
      {p.children}
    </span>
  );
}

const QUALITIES: [keyof RouteWords, string][] = [
  ['tupe', 'Staff transfer (TUPE)'],
  ['procurement', 'Procurement'],
  ['control', 'Your control'],
  ['pensions', 'Pensions'],
  ['marketTesting', 'Market testing'],
];

export default function Calculator({ data, words, built }: Props) {
  const start = useMemo(() => defaultInputs(data), [data]);
  const [form, setForm] = useState<FormState>(() => formFromInputs(start));
  const [inputs, setInputs] = useState<Inputs>(start);
  // Once a visitor types a cost or picks services, we stop resizing them for the organisation.
  const [own, setOwn] = useState({ services: false, budget: false });
  const [shown, setShown] = useState<string[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [ignored, setIgnored] = useState<ParamKey[]>([]);
  const [live, setLive] = useState('');
  const [today, setToday] = useState('');
  const [here, setHere] = useState('/savings-calculator/');
  const [focus, setFocus] = useState(0);
  const [copied, setCopied] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const results = useRef<HTMLHeadingElement>(null);
  const touched = useRef(false);

  const est = useMemo(() => estimate(data, inputs), [data, inputs]);
  const check = validateForm(data, form);
  const errors: FieldError[] = submitted ? check.errors : check.errors.filter((e) => shown.includes(e.field));
  const errorFor = (id: string) => errors.find((e) => e.field === id);
  const query = toQuery(data, inputs);
  const chosen = est.routes.find((r) => r.id === inputs.method) ?? est.routes[0];
  const orgLabel = midSentence(data.orgs.find((o) => o.id === inputs.org)?.label ?? '');
  const formOrg = midSentence(data.orgs.find((o) => o.id === form.org)?.label ?? '');

  // After hydration: read the link, note today's date for print, and remember where we are.
  useEffect(() => {
    setToday(new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date()));
    setHere(location.origin + location.pathname);
    if (!location.search) return;
    const q = new URLSearchParams(location.search);
    const { inputs: fromLink, ignored: bad } = parseQuery(data, location.search);
    setInputs(fromLink);
    setForm(formFromInputs(fromLink));
    setIgnored(bad);
    // A link we could not read in full is replaced by the one we used, so a
    // broken or hostile parameter is not kept in the address bar to be copied on.
    if (bad.length) history.replaceState(null, '', `?${toQuery(data, fromLink)}`);
    setOwn({ services: q.has('services') || q.has('costs'), budget: q.has('budget') || q.has('costs') });
  }, [data]);

  // Announce new figures once the visitor has changed something, after a pause in typing.
  useEffect(() => {
    if (!touched.current) return;
    const t = setTimeout(() => {
      setLive(
        chosen.eligible
          ? `Estimate updated. ${chosen.label}: ${money(chosen.annualSavings)} a year at full run, one-off costs ${money(chosen.oneOff)}, net ${money(chosen.netTotal)} over ${inputs.years} year${inputs.years === 1 ? '' : 's'}, payback ${paybackLabel(chosen.payback, inputs.years)}.`
          : `Estimate updated. ${chosen.label} is not open to a ${orgLabel}.`,
      );
    }, 900);
    return () => clearTimeout(t);
  }, [est]);

  // Move focus after "Update estimate": to the error summary, or to the results.
  useEffect(() => {
    if (!focus) return;
    (check.errors.length ? summary.current : results.current)?.focus();
  }, [focus]);

  useEffect(() => {
    const base = document.title.replace(/^Error: /, '');
    document.title = submitted && check.errors.length ? `Error: ${base}` : base;
  });

  function update(patch: Partial<FormState>, mark?: string) {
    touched.current = true;
    const next = { ...form, ...patch };
    const mine = { services: own.services || 'services' in patch, budget: own.budget || 'budget' in patch || 'costs' in patch };
    if (patch.org && !mine.services) next.services = typicalServices(data, next.org);
    if ((patch.org || patch.services) && !mine.budget) next.budget = grouped(typicalBudget(data, next.org, next.services));
    if (next.mode === 'each')
      for (const id of next.services)
        if (next.costs[id] === undefined) next.costs = { ...next.costs, [id]: grouped(typicalBudget(data, next.org, [id])) };
    setOwn(mine);
    setForm(next);
    if (mark && !shown.includes(mark)) setShown([...shown, mark]);
    const v = validateForm(data, next);
    if (v.inputs) {
      setInputs(v.inputs);
      history.replaceState(null, '', `?${toQuery(data, v.inputs)}`);
    }
  }

  function switchMode(mode: 'total' | 'each') {
    if (mode === 'each') {
      // Start each figure from today's split, so nothing jumps when the visitor switches.
      const costs = Object.fromEntries(est.baselineByService.map((b) => [b.id, grouped(Math.round(b.amount))]));
      update({ mode, costs: { ...form.costs, ...costs } });
    } else update({ mode, budget: grouped(inputs.budget) }); // the total of the figures just entered
  }

  function onSubmit(e: Event) {
    e.preventDefault();
    touched.current = true;
    setSubmitted(true);
    setFocus((n) => n + 1);
  }

  function goTo(e: MouseEvent, id: string) {
    e.preventDefault();
    const el = document.getElementById(id);
    // Show the question and its label, as GOV.UK's error summary does, then focus the field.
    (el?.closest('.calc-field') ?? el)?.scrollIntoView();
    el?.focus({ preventScroll: true });
  }

  const describedBy = (id: string, hint = true) => [hint && `${id}-hint`, errorFor(id) && `${id}-error`].filter(Boolean).join(' ') || undefined;

  const ErrorMessage = ({ id }: { id: string }) => {
    const e = errorFor(id);
    return e ? (
      <p id={`${id}-error`} class="calc-error-message">
        <span class="visually-hidden">Error:</span> {e.message}
      </p>
    ) : null;
  };

  const moneyInput = (id: string, value: string, onInput: (v: string) => void, label: JSX.Element, hint?: string) => (
    <div class={`calc-field${errorFor(id) ? ' calc-field--error' : ''}`}>
      <label class="calc-label" for={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} class="calc-hint">
          {hint}
        </div>
      )}
      <ErrorMessage id={id} />
      <div class="calc-affix">
        <span class="calc-affix__text" aria-hidden="true">
          £
        </span>
        <input
          class="calc-input calc-input--money"
          id={id}
          name={id}
          type="text"
          inputMode="decimal"
          spellcheck={false}
          autoComplete="off"
          value={value}
          aria-describedby={describedBy(id, !!hint)}
          aria-invalid={errorFor(id) ? 'true' : undefined}
          onInput={(e) => onInput(e.currentTarget.value)}
          onChange={() => !shown.includes(id) && setShown([...shown, id])}
        />
      </div>
    </div>
  );

  const servicesFirst = `service-${data.services[0]?.id}`;
  const years = inputs.years;
  const csvHref = useMemo(
    () => `data:text/csv;charset=utf-8,${encodeURIComponent(toCsv(data, est, `${here}?${query}`, today || built))}`,
    [est, here, today],
  );
  // Only the inputs travel: the contact page works the figures out again with the same model.
  const contactHref = `/contact/?${query}`;
  const serviceCount = inputs.services.length;

  return (
    <div class="calc">
      {ignored.length > 0 && (
        <div class="calc-notice" role="region" aria-labelledby="calc-notice-title">
          <h2 id="calc-notice-title" class="calc-notice__title">
            We could not use all of your link
          </h2>
          <p>
            Part of the link you followed was missing or not valid, so we used our usual figures for the {listNames(ignored)}. Check
            the answers below before you rely on the estimate.
          </p>
        </div>
      )}

      {submitted && check.errors.length > 0 && (
        <div class="calc-error-summary" ref={summary} tabIndex={-1} aria-labelledby="calc-error-title">
          <div role="alert">
            <h2 id="calc-error-title" class="calc-error-summary__title">
              There is a problem
            </h2>
            <ul class="calc-error-summary__list">
              {check.errors.map((e) => (
                <li key={e.field}>
                  <a href={`#${e.field}`} onClick={(ev) => goTo(ev, e.field)}>
                    {e.message}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}

      <form class="calc-form no-print" onSubmit={onSubmit} noValidate aria-label="Your figures" data-pagefind-ignore>
        <fieldset class="calc-field" aria-describedby="org-hint">
          <legend class="calc-legend">What type of organisation are you?</legend>
          <div id="org-hint" class="calc-hint">
            This decides which routes are open to you. Only councils can join the Joint Committee.
          </div>
          <div class="calc-radios calc-radios--columns">
            {data.orgs.map((o) => (
              <div class="calc-choice" key={o.id}>
                <input type="radio" id={`org-${o.id}`} name="org" value={o.id} checked={form.org === o.id} onChange={() => update({ org: o.id })} />
                <label for={`org-${o.id}`}>{o.label}</label>
              </div>
            ))}
          </div>
        </fieldset>

        <fieldset
          class={`calc-field${errorFor(servicesFirst) ? ' calc-field--error' : ''}`}
          aria-describedby={errorFor(servicesFirst) ? `services-hint ${servicesFirst}-error` : 'services-hint'}
        >
          <legend class="calc-legend">Which services do you want to share?</legend>
          <div id="services-hint" class="calc-hint">
            Select all that apply. We start with the services a {formOrg} usually has.
          </div>
          <ErrorMessage id={servicesFirst} />
          <p class="calc-buttons">
            <button type="button" class="calc-link-button" onClick={() => update({ services: data.services.map((s) => s.id) }, servicesFirst)}>
              Select all {data.services.length}
            </button>
            <button type="button" class="calc-link-button" onClick={() => update({ services: [] }, servicesFirst)}>
              Clear all
            </button>
          </p>
          <div class="calc-families">
            {data.families.map((f) => {
              const list = data.services.filter((s) => s.family === f.id);
              return list.length ? (
                <fieldset class="calc-family" key={f.id}>
                  <legend>{f.label}</legend>
                  <div class="calc-checkboxes">
                    {list.map((s) => (
                      <div class="calc-choice" key={s.id}>
                        <input
                          type="checkbox"
                          id={`service-${s.id}`}
                          name="services"
                          value={s.id}
                          checked={form.services.includes(s.id)}
                          onChange={(e) =>
                            update(
                              { services: e.currentTarget.checked ? [...form.services, s.id] : form.services.filter((x) => x !== s.id) },
                              servicesFirst,
                            )
                          }
                        />
                        <label for={`service-${s.id}`}>{s.label}</label>
                      </div>
                    ))}
                  </div>
                </fieldset>
              ) : null;
            })}
          </div>
        </fieldset>

        <fieldset class="calc-field">
          <legend class="calc-legend">How do you want to enter what these services cost today?</legend>
          <div class="calc-radios">
            <div class="calc-choice">
              <input type="radio" id="mode-total" name="mode" value="total" checked={form.mode === 'total'} onChange={() => switchMode('total')} />
              <label for="mode-total">One total for all the services I chose</label>
            </div>
            {form.mode === 'total' && (
              <div class="calc-reveal">
                {moneyInput(
                  'budget',
                  form.budget,
                  (v) => update({ budget: v }),
                  <>Annual cost today of the services you chose</>,
                  `In pounds, for example 2,500,000 or 2.5m. We split it between the services using typical shares. Until you change it, we show a typical figure for a ${formOrg}.`,
                )}
              </div>
            )}
            <div class="calc-choice">
              <input type="radio" id="mode-each" name="mode" value="each" checked={form.mode === 'each'} onChange={() => switchMode('each')} />
              <label for="mode-each">A figure for each service</label>
            </div>
            {form.mode === 'each' && (
              <div class="calc-reveal">
                {data.services
                  .filter((s) => form.services.includes(s.id))
                  .map((s) =>
                    moneyInput(
                      `cost-${s.id}`,
                      form.costs[s.id] ?? '',
                      (v) => update({ costs: { ...form.costs, [s.id]: v } }),
                      <>
                        {s.label} <span class="visually-hidden">annual cost</span>
                      </>,
                    ),
                  )}
                {!form.services.length && <p class="calc-hint">Choose at least one service first.</p>}
              </div>
            )}
          </div>
        </fieldset>

        <div class="calc-row">
          <div class={`calc-field${errorFor('years') ? ' calc-field--error' : ''}`}>
            <label class="calc-label" for="years">
              Number of years
            </label>
            <div id="years-hint" class="calc-hint">
              From 1 to {data.limits.yearsMax}, counted from your decision to join.
            </div>
            <ErrorMessage id="years" />
            <input
              class="calc-input calc-input--short"
              id="years"
              name="years"
              type="text"
              inputMode="numeric"
              spellcheck={false}
              autoComplete="off"
              value={form.years}
              aria-describedby={describedBy('years')}
              aria-invalid={errorFor('years') ? 'true' : undefined}
              onInput={(e) => update({ years: e.currentTarget.value })}
              onChange={() => !shown.includes('years') && setShown([...shown, 'years'])}
            />
          </div>
          <div class={`calc-field${errorFor('rate') ? ' calc-field--error' : ''}`}>
            <label class="calc-label" for="rate">
              Discount rate
            </label>
            <div id="rate-hint" class="calc-hint">
              A percentage. HM Treasury's Green Book uses {decimal(data.defaults.rate)}% a year.
            </div>
            <ErrorMessage id="rate" />
            <div class="calc-affix">
              <input
                class="calc-input calc-input--short"
                id="rate"
                name="rate"
                type="text"
                inputMode="decimal"
                spellcheck={false}
                autoComplete="off"
                value={form.rate}
                aria-describedby={describedBy('rate')}
                aria-invalid={errorFor('rate') ? 'true' : undefined}
                onInput={(e) => update({ rate: e.currentTarget.value })}
                onChange={() => !shown.includes('rate') && setShown([...shown, 'rate'])}
              />
              <span class="calc-affix__text" aria-hidden="true">
                %
              </span>
            </div>
          </div>
        </div>

        <fieldset class="calc-field" aria-describedby="method-hint">
          <legend class="calc-legend">Which route do you want to look at first?</legend>
          <div id="method-hint" class="calc-hint">
            We compare all {data.routes.length} routes; this one is highlighted.
          </div>
          <div class="calc-radios calc-radios--columns">
            {data.routes.map((r) => (
              <div class="calc-choice" key={r.id}>
                <input type="radio" id={`method-${r.id}`} name="method" value={r.id} checked={form.method === r.id} onChange={() => update({ method: r.id })} />
                <label for={`method-${r.id}`}>{r.label}</label>
              </div>
            ))}
          </div>
        </fieldset>

        {/* Pressing the mouse on the button would first blur the field, whose
            message would then appear and push the button away before the click
            lands. Keeping focus where it is lets the click submit; the summary
            then takes focus. */}
        <button type="submit" class="button" onMouseDown={(e) => e.preventDefault()}>
          Update estimate
        </button>
      </form>

      {/* Search indexes the page's words, not one visitor's figures. */}
      <section class="calc-results" aria-labelledby="calc-results-title" data-pagefind-ignore>
        <h2 id="calc-results-title" ref={results} tabIndex={-1}>
          Your estimate
        </h2>
        <p class="calc-print-only">
          Estimate made on {today || built} with the oneSource savings calculator. To see it again, go to {here}?{query}
        </p>
        {check.errors.length > 0 && (
          <p class="calc-stale no-print">These figures are for your last complete answers. Correct the answers marked above to update them.</p>
        )}
        <p>
          For a {orgLabel} sharing {serviceCount === data.services.length ? `all ${serviceCount} services` : `${serviceCount} service${serviceCount === 1 ? '' : 's'}`}{' '}
          that cost <Fig f="baseline" v={est.baseline}>{money(est.baseline)}</Fig> a year today, over{' '}
          <Fig f="years" v={years}>{`${years} year${years === 1 ? '' : 's'}`}</Fig>, at a discount rate of{' '}
          <Fig f="rate" v={String(inputs.rate)}>{`${decimal(inputs.rate)}%`}</Fig>.
        </p>

        <div class="calc-headline">
          <h3>{chosen.label}</h3>
          {chosen.eligible ? (
            <dl class="calc-headline__figures">
              <div>
                <dt>Savings a year at full run</dt>
                <dd>
                  <Fig f="annual-savings" m={chosen.id} v={chosen.annualSavings} extra={{ 'data-scope': 'headline' }}>
                    {money(chosen.annualSavings)}
                  </Fig>
                </dd>
              </div>
              <div>
                <dt>One-off costs</dt>
                <dd>
                  <Fig f="one-off-costs" m={chosen.id} v={chosen.oneOff} extra={{ 'data-scope': 'headline' }}>
                    {money(chosen.oneOff)}
                  </Fig>
                </dd>
              </div>
              <div>
                <dt>Net savings over {years} year{years === 1 ? '' : 's'}</dt>
                <dd>
                  <Fig f="net-total" m={chosen.id} v={chosen.netTotal} extra={{ 'data-scope': 'headline' }}>
                    {money(chosen.netTotal)}
                  </Fig>
                </dd>
              </div>
              <div>
                <dt>Pays back</dt>
                <dd>
                  <Fig f="payback" m={chosen.id} v={chosen.payback ?? 'none'} extra={{ 'data-scope': 'headline' }}>
                    {paybackLabel(chosen.payback, years)}
                  </Fig>
                </dd>
              </div>
            </dl>
          ) : (
            <>
              <p>
                <strong>Not open to a {orgLabel}.</strong> {chosen.reason}
              </p>
              <p class="no-print">
                See the figures for a route open to you:{' '}
                {est.routes
                  .filter((r) => r.eligible)
                  .map((r, i, open) => (
                    <>
                      {i > 0 && (i === open.length - 1 ? ' or ' : ', ')}
                      <button type="button" class="calc-link-button" onClick={() => update({ method: r.id })}>
                        {r.label}
                      </button>
                    </>
                  ))}
                .
              </p>
            </>
          )}
        </div>

        <h3>All {est.routes.length} routes side by side</h3>
        <div class="table-wrap" role="region" aria-labelledby="calc-compare-caption" tabIndex={0}>
          <table class="calc-table" id="calc-compare">
            <caption id="calc-compare-caption" class="visually-hidden">
              Savings and costs for each route
            </caption>
            <thead>
              <tr>
                <td></td>
                {est.routes.map((r) => (
                  <th scope="col" key={r.id} class={r.id === chosen.id ? 'calc-chosen' : undefined}>
                    {r.label}
                    {r.id === chosen.id && <span class="calc-tag"> Your choice</span>}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Open to you</th>
                {est.routes.map((r) => (
                  <td key={r.id} class={r.id === chosen.id ? 'calc-chosen' : undefined}>
                    <Fig f="eligible" m={r.id} v={r.eligible ? 1 : 0}>
                      {r.eligible ? 'Yes' : 'No'}
                    </Fig>
                    {!r.eligible && <span class="calc-reason"> {r.reason}</span>}
                  </td>
                ))}
              </tr>
              {(
                [
                  ['Savings start', 'lead-months', (r) => r.lead, (r) => startsLabel(r.lead)],
                  ['Savings a year at full run', 'annual-savings', (r) => r.annualSavings],
                  ['Running costs a year', 'running-costs', (r) => r.annualRunning],
                  ['One-off costs', 'one-off-costs', (r) => r.oneOff],
                  [`Net savings over ${years} year${years === 1 ? '' : 's'}`, 'net-total', (r) => r.netTotal],
                  ['Net present value', 'npv', (r) => r.npv],
                  ['Pays back', 'payback', (r) => r.payback ?? 'none', (r) => paybackLabel(r.payback, years)],
                ] as [string, string, (r: RouteEstimate) => number | string, ((r: RouteEstimate) => string)?][]
              ).map(([label, f, value, text]) => (
                <tr key={f}>
                  <th scope="row">{label}</th>
                  {est.routes.map((r) => (
                    <td key={r.id} class={`num${r.id === chosen.id ? ' calc-chosen' : ''}`}>
                      {r.eligible ? (
                        <Fig f={f} m={r.id} v={value(r)}>
                          {text ? text(r) : money(value(r) as number)}
                        </Fig>
                      ) : (
                        <span class="calc-na">Not open to you</span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        <h3>Cumulative net savings, year by year</h3>
        <Chart routes={est.routes} chosen={chosen.id} years={years} />
        <div class="table-wrap no-print" role="region" aria-labelledby="calc-cumulative-caption" tabIndex={0}>
          <table class="calc-table" id="calc-cumulative">
            <caption id="calc-cumulative-caption">The chart's figures: savings less costs, added up to the end of each year</caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                {est.routes
                  .filter((r) => r.eligible)
                  .map((r) => (
                    <th scope="col" key={r.id} class={`num${r.id === chosen.id ? ' calc-chosen' : ''}`}>
                      {r.label}
                    </th>
                  ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: years }, (_, i) => (
                <tr key={i}>
                  <th scope="row">Year {i + 1}</th>
                  {est.routes
                    .filter((r) => r.eligible)
                    .map((r) => (
                      <td key={r.id} class={`num${r.id === chosen.id ? ' calc-chosen' : ''}`}>
                        <Fig f="cumulative-net" m={r.id} v={r.years[i].cumulative} extra={{ 'data-year': i + 1 }}>
                          {money(r.years[i].cumulative)}
                        </Fig>
                      </td>
                    ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        {chosen.eligible && (
          <>
            <h3>{chosen.label}: year by year</h3>
            <div class="table-wrap" role="region" aria-labelledby="calc-years-caption" tabIndex={0}>
              <table class="calc-table" id="calc-years">
                <caption id="calc-years-caption" class="visually-hidden">
                  {chosen.label}: savings and costs in each year
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Year</th>
                    <th scope="col" class="num">Savings</th>
                    <th scope="col" class="num">Running costs</th>
                    <th scope="col" class="num">One-off costs</th>
                    <th scope="col" class="num">Net</th>
                    <th scope="col" class="num">Net in today's money</th>
                  </tr>
                </thead>
                <tbody>
                  {chosen.years.map((y) => (
                    <tr key={y.year}>
                      <th scope="row">Year {y.year}</th>
                      {(
                        [
                          ['year-savings', y.savings],
                          ['year-running', y.running],
                          ['year-one-off', y.oneOff],
                          ['year-net', y.net],
                          ['year-discounted', y.discounted],
                        ] as [string, number][]
                      ).map(([f, v]) => (
                        <td key={f} class="num">
                          <Fig f={f} m={chosen.id} v={v} extra={{ 'data-year': y.year }}>
                            {money(v)}
                          </Fig>
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>

            <div class="calc-split">
              <div>
                <h3>Where the savings come from</h3>
                <div class="table-wrap" role="region" aria-labelledby="calc-levers-caption" tabIndex={0}>
                <table class="calc-table" id="calc-levers">
                  <caption id="calc-levers-caption" class="visually-hidden">{chosen.label}: savings a year at full run, by lever</caption>
                  <thead>
                    <tr>
                      <th scope="col">Lever</th>
                      <th scope="col" class="num">A year at full run</th>
                    </tr>
                  </thead>
                  <tbody>
                    {chosen.byLever.map((l) => (
                      <tr key={l.id}>
                        <th scope="row">{l.label}</th>
                        <td class="num">
                          <Fig f="lever-savings" m={chosen.id} v={l.amount} extra={{ 'data-lever': l.id }}>
                            {money(l.amount)}
                          </Fig>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">Total</th>
                      <td class="num">{money(chosen.annualSavings)}</td>
                    </tr>
                  </tfoot>
                </table>
                </div>
                <h3>{chosen.runningItems.length ? 'One-off and running costs' : 'One-off costs'}</h3>
                <div class="table-wrap" role="region" aria-labelledby="calc-costs-caption" tabIndex={0}>
                <table class="calc-table" id="calc-costs">
                  <caption id="calc-costs-caption" class="visually-hidden">{chosen.label}: one-off and running costs</caption>
                  <tbody>
                    {chosen.oneOffItems.map((c) => (
                      <tr key={c.id}>
                        <th scope="row">{c.label}</th>
                        <td class="num">
                          <Fig f="one-off-item" m={chosen.id} v={c.amount} extra={{ 'data-item': c.id }}>
                            {money(c.amount)}
                          </Fig>
                        </td>
                      </tr>
                    ))}
                    <tr class="calc-total">
                      <th scope="row">One-off costs in all</th>
                      <td class="num">{money(chosen.oneOff)}</td>
                    </tr>
                    {chosen.runningItems.map((c) => (
                      <tr key={c.id}>
                        <th scope="row">{c.label} (a year)</th>
                        <td class="num">
                          <Fig f="running-item" m={chosen.id} v={c.amount} extra={{ 'data-item': c.id }}>
                            {money(c.amount)}
                          </Fig>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                </div>
              </div>
              <div>
                <h3>Savings by service</h3>
                <div class="table-wrap" role="region" aria-labelledby="calc-services-caption" tabIndex={0}>
                <table class="calc-table" id="calc-services">
                  <caption id="calc-services-caption" class="visually-hidden">{chosen.label}: savings a year at full run, by service</caption>
                  <thead>
                    <tr>
                      <th scope="col">Service</th>
                      <th scope="col" class="num">Cost today</th>
                      <th scope="col" class="num">Saving a year</th>
                    </tr>
                  </thead>
                  <tbody>
                    {chosen.byService.map((s, i) => (
                      <tr key={s.id}>
                        <th scope="row">{s.label}</th>
                        <td class="num">
                          <Fig f="service-cost" v={est.baselineByService[i].amount} extra={{ 'data-service': s.id }}>
                            {money(est.baselineByService[i].amount)}
                          </Fig>
                        </td>
                        <td class="num">
                          <Fig f="service-savings" m={chosen.id} v={s.amount} extra={{ 'data-service': s.id }}>
                            {money(s.amount)}
                          </Fig>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                  {chosen.byService.length > 1 && (
                    <tfoot>
                      <tr>
                        <th scope="row">Total</th>
                        <td class="num">{money(est.baseline)}</td>
                        <td class="num">{money(chosen.annualSavings)}</td>
                      </tr>
                    </tfoot>
                  )}
                </table>
                </div>
              </div>
            </div>
          </>
        )}

        <h3>How the routes differ beyond money</h3>
        <div class="table-wrap" role="region" aria-labelledby="calc-words-caption" tabIndex={0}>
          <table class="calc-table calc-table--words" id="calc-words">
            <caption id="calc-words-caption" class="visually-hidden">
              Staff transfer, procurement, control, pensions and market testing for each route
            </caption>
            <thead>
              <tr>
                <td></td>
                {est.routes.map((r) => (
                  <th scope="col" key={r.id} class={r.id === chosen.id ? 'calc-chosen' : undefined}>
                    <a href={`/joining/${r.id}/`}>{r.label}</a>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {QUALITIES.map(([k, label]) => (
                <tr key={k}>
                  <th scope="row">{label}</th>
                  {est.routes.map((r) => (
                    <td key={r.id} class={r.id === chosen.id ? 'calc-chosen' : undefined}>
                      {words.find((w) => w.id === r.id)?.[k]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        <h3 class="no-print">Keep or share this estimate</h3>
        <ul class="calc-actions no-print">
          <li>
            <a href={`?${query}`}>Link to this estimate</a>{' '}
            <button type="button" class="calc-link-button" onClick={() => navigator.clipboard?.writeText(`${here}?${query}`).then(() => setCopied(true), () => {})}>
              Copy the link
            </button>
            <span role="status" class="calc-copied">{copied ? ' Link copied' : ''}</span>
          </li>
          <li>
            <a href={csvHref} download="onesource-savings-estimate.csv">
              Download the year-by-year figures as a spreadsheet (comma-separated values, CSV)
            </a>
          </li>
          <li>
            <button type="button" class="calc-link-button" onClick={() => print()}>
              Print this estimate
            </button>{' '}
            (one sheet of A4, printed on both sides, with the assumptions)
          </li>
        </ul>
        <p class="no-print">
          <a class="button" href={contactHref}>
            Talk to us about this estimate
          </a>
        </p>
      </section>

      <div class="visually-hidden" aria-live="polite" aria-atomic="true">
        {live}
      </div>
    </div>
  );
}
