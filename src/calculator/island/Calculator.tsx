/**
 * The savings calculator island: the visitor's answers and what follows from
 * them. It renders on the server with the default estimate (so the page reads
 * in full without JavaScript), then hydrates with exactly the same markup: the
 * URL is only read after hydration, so a plain visit causes no layout shift.
 *
 * Every figure comes from `estimate()` in ../model.ts; the parts in the folders
 * beside this file only lay it out, one folder per part of the page. Each part
 * is a Preact root of its own (Part.tsx), hydrated and redrawn in a task of its
 * own, so no single task holds up the page or a key press. What does not
 * change with the answers (the routes' words, the assumptions and their
 * sources) is rendered by the page around the island, not here.
 *
 * The model's data arrives once, as JSON in the page (see data-source.ts),
 * instead of as serialised props.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { estimate, warnings, type Inputs } from '../model';
import { defaultInputs, formFromInputs, parseQuery, toQuery, typicalBudget, typicalServices, validateForm, type FormState, type ParamKey } from '../state';
import { grouped, midSentence, money, paybackLabel, yearsText } from '../format';
import { modelData } from './data-source';
import { Form } from './form/Form';
import { Notices } from './headline/Notices';
import { Headline } from './headline/Headline';
import { Comparison } from './comparison/Comparison';
import { Chart, ChartTable } from './chart/Chart';
import { YearTable } from './years/YearTable';
import { Splits } from './splits/Splits';
import { OwnSummary } from './assumptions/OwnSummary';
import { KeepAndShare } from './share/KeepAndShare';
import { PrintLine } from './share/PrintLine';
import { Part, afterParts, once } from './Part';

interface Props {
  /** The build date, "30 June 2026", until the browser supplies today's. */
  built: string;
  /** The calculator's address on the public site. */
  home: string;
}

export default function Calculator({ built, home }: Props) {
  const data = useMemo(modelData, []);
  const start = useMemo(() => defaultInputs(data), [data]);
  const [form, setForm] = useState<FormState>(() => formFromInputs(start));
  const [inputs, setInputs] = useState<Inputs>(start);
  // Once a visitor types a cost or picks services, we stop resizing them for the organisation.
  const [own, setOwn] = useState({ services: false, budget: false });
  const [shown, setShown] = useState<string[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [link, setLink] = useState<{ ignored: ParamKey[]; stale: boolean }>({ ignored: [], stale: false });
  const [live, setLive] = useState('');
  const [focus, setFocus] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  const results = useRef<HTMLHeadingElement>(null);
  const touched = useRef(false);

  // Worked out when a part first asks for it, in that part's own task, so the island's hydration does not wait for the model.
  const figures = useMemo(
    () =>
      once(() => {
        const est = estimate(data, inputs);
        const chosen = est.routes.find((r) => r.id === inputs.method) ?? est.routes[0];
        return { est, chosen, warn: warnings(data, est, typicalBudget(data, inputs.org, inputs.services)) };
      }),
    [data, inputs],
  );
  const check = validateForm(data, form);
  const errors = submitted ? check.errors : check.errors.filter((e) => shown.includes(e.field));
  const query = toQuery(data, inputs);
  const orgLabel = midSentence(data.orgs.find((o) => o.id === inputs.org)?.label ?? '');

  // After hydration: read the link. Nothing else is set here, so a plain visit is drawn once.
  useEffect(() => {
    // Anything typed before the island was ready is still in the fields
    // (hydration leaves their values alone), so take it up rather than lose it.
    const typed: Partial<FormState> = {};
    for (const k of ['budget', 'years', 'rate'] as const) {
      const el = document.getElementById(k) as HTMLInputElement | null;
      if (el && el.value !== form[k]) typed[k] = el.value;
    }
    if (location.search) {
      const q = new URLSearchParams(location.search);
      const read = parseQuery(data, location.search);
      setLink(read);
      // A link we could not read in full is replaced by the one we used, so a
      // broken or hostile parameter is not kept in the address bar to be copied on.
      if (read.ignored.length) history.replaceState(null, '', `?${toQuery(data, read.inputs)}`);
      const mine = { services: q.has('services') || q.has('costs'), budget: q.has('budget') || q.has('costs') };
      const linked = formFromInputs(read.inputs);
      if (!Object.keys(typed).length) {
        setInputs(read.inputs);
        setForm(linked);
        setOwn(mine);
      } else update(typed, undefined, linked, mine);
    } else if (Object.keys(typed).length) update(typed);
    // Once every part shows the link's figures, show the results again (see the page's inline script).
    afterParts(() => requestAnimationFrame(() => document.documentElement.classList.remove('calc-link-pending')));
  }, [data]);

  // Announce new figures once the visitor has changed something, after a pause in typing.
  useEffect(() => {
    if (!touched.current) return;
    const t = setTimeout(() => {
      const { chosen } = figures();
      const [lo, hi] = [chosen.low.annualSavings, chosen.high.annualSavings];
      setLive(
        chosen.eligible
          ? `Estimate updated. ${chosen.label}: most likely ${money(chosen.annualSavings)} a year at full run, between ${money(Math.min(lo, hi))} and ${money(Math.max(lo, hi))}; one-off costs ${money(chosen.oneOff)}; net ${money(chosen.netTotal)} over ${yearsText(inputs.years)}; pays back ${paybackLabel(chosen.payback, inputs.years)}.`
          : `Estimate updated. ${chosen.label} is not open to you. ${chosen.reason}`,
      );
    }, 900);
    return () => clearTimeout(t);
  }, [figures]);

  // Move focus after "Update estimate": to the error summary, or to the results.
  useEffect(() => {
    if (focus) (check.errors.length ? summary.current : results.current)?.focus();
  }, [focus]);

  useEffect(() => {
    const base = document.title.replace(/^Error: /, '');
    document.title = submitted && check.errors.length ? `Error: ${base}` : base;
  });

  /** Apply the visitor's change to the form (or to `base`, the form a link gave) and, when it is valid, to the estimate and the address. */
  function update(patch: Partial<FormState>, mark?: string, base = form, was = own) {
    touched.current = true;
    const next = { ...base, ...patch };
    const mine = { services: was.services || 'services' in patch, budget: was.budget || 'budget' in patch || 'costs' in patch };
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
    // Start each figure from today's split, so nothing jumps when the visitor switches.
    if (mode === 'each') update({ mode, costs: { ...form.costs, ...Object.fromEntries(figures().est.baselineByService.map((b) => [b.id, grouped(Math.round(b.amount))])) } });
    else update({ mode, budget: grouped(inputs.budget) });
  }

  const show = (id: string) => !shown.includes(id) && setShown([...shown, id]);

  return (
    <div class="calc">
      <Notices data={data} ignored={link.ignored} stale={link.stale} errors={submitted ? check.errors : []} summary={summary} />
      {/* Each part hydrates in a task of its own, in page order, so the form is first (see Part.tsx). */}
      <Part now>
        {() => (
          <Form data={data} form={form} errors={errors} update={update} switchMode={switchMode} show={show} onSubmit={() => {
            touched.current = true;
            setSubmitted(true);
            setFocus((n) => n + 1);
          }} />
        )}
      </Part>

      {/* Search indexes the page's words, not one visitor's figures. */}
      <section class="calc-results" aria-labelledby="calc-results-title" data-pagefind-ignore>
        <h2 id="calc-results-title" ref={results} tabIndex={-1}>
          Your estimate
        </h2>
        <PrintLine version={data.version} query={query} built={built} home={home} />
        {check.errors.length > 0 && (
          <p class="calc-stale no-print">These figures are for your last complete answers. Correct the answers marked above to update them.</p>
        )}
        <Part now>
          {() => {
            const { est, chosen, warn } = figures();
            return <Headline data={data} est={est} chosen={chosen} orgLabel={orgLabel} warn={warn} choose={(id) => update({ method: id })} />;
          }}
        </Part>
        <OwnSummary data={data} own={inputs.own} />
        {/* Below the headline (see calculator.css on .calc-more). */}
        <div class="calc-more">
          <Part>{() => <Comparison est={figures().est} chosen={figures().chosen.id} years={inputs.years} />}</Part>
          <Part>
            {() => (
              <>
                <h3>Cumulative net savings, year by year</h3>
                <Chart routes={figures().est.routes} chosen={figures().chosen.id} years={inputs.years} />
              </>
            )}
          </Part>
          <Part>{() => <ChartTable routes={figures().est.routes} chosen={figures().chosen.id} years={inputs.years} />}</Part>
          {/* The year-by-year table and the splits are for the chosen route, when it is open to this organisation. */}
          <Part>{() => figures().chosen.eligible && <YearTable route={figures().chosen} />}</Part>
          <Part>{() => figures().chosen.eligible && <Splits est={figures().est} route={figures().chosen} />}</Part>
          <Part>{() => <KeepAndShare data={data} est={figures().est} query={query} />}</Part>
        </div>
      </section>

      <div class="visually-hidden" aria-live="polite" aria-atomic="true">
        {live}
      </div>
    </div>
  );
}
