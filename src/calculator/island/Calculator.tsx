/**
 * The savings calculator island: the visitor's answers and what follows from
 * them, in Preact. Astro renders it on the server with the default estimate,
 * so the page reads in full without JavaScript, and hydrates it in the
 * browser (`client:load` in pages/savings-calculator/index.astro).
 *
 * Every figure comes from the model's public functions (`estimate`,
 * `warnings`, `spread`, ...); the parts in the folders beside this file only
 * lay it out, one folder per part of the page. What does not change with the
 * answers (the routes' words, the assumptions and their sources) is rendered
 * by the page around the island, not here.
 *
 * The state lives here, in one `useState`; `change` is the one way an
 * answer changes it. The error summary and the notices are drawn by this
 * component. The form and every part that shows figures are each a Preact
 * root of their own (Part.tsx), hydrated in a task of their own, and a part
 * is redrawn only when what it reads changes. The estimate is worked out when a part first
 * asks for it (`figures`).
 *
 * To add a part that shows the estimate: write it in a folder of its own as
 * a component of the figures (see chart/ or years/), with its test beside
 * it, add its name to `RESULT_PARTS` (figures.ts), in page order, and one
 * line to `RESULTS` in results.tsx; its CSS, if any, is imported in
 * results-source.ts. It gets its own root and its own task,
 * and the page without JavaScript, the print and a shared link follow. A
 * part that needs the answers as well as the figures reads them from
 * `f.est.inputs`. A part with buttons or fields of its own belongs here
 * instead, beside the headline: those below it are not hydrated until the
 * figures first change (see results.tsx).
 *
 * The model's data arrives once, as JSON in the page (data-source.ts),
 * instead of as serialised props.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Estimate, Inputs, ModelData } from '../model';
import { RESULT_PARTS, figuresFor } from './figures';
import { defaultInputs, formFromInputs, parseQuery, toQuery, typicalBudget, typicalServices, validateForm, type FormState } from '../state';
import { grouped, midSentence, today } from '../format';
import { modelData } from './data-source';
import { Part, afterParts, once } from './Part';
import { loadResults, resultPart } from './results-source';
import { Form } from './form/Form';
import { ownOpen } from './assumptions/OwnAssumptions';
import { ErrorSummary, LinkNotices, type LinkRead } from './headline/Notices';
import { Headline, spoken } from './headline/Headline';
import { EstimateBar } from './bar/EstimateBar';
import { OwnSummary } from './assumptions/OwnSummary';
import { KeepAndShare, linkTo } from './share/KeepAndShare';
import { PrintLine } from './share/PrintLine';

interface State {
  form: FormState;
  /** The last complete answers: what the figures are for. */
  inputs: Inputs;
  /** Once a visitor types a cost or picks services, we stop resizing them for the organisation. */
  mine: { services: boolean; budget: boolean };
  /** The fields whose messages show: those the visitor has left. */
  shown: string[];
  /** How many times the visitor has pressed "Update estimate": each press moves focus. */
  submitted: number;
  /** The visitor opened or closed their own assumptions; null until they do. */
  opened: boolean | null;
  link: LinkRead;
  /** The visitor has changed an answer, so new figures are announced. */
  changed: boolean;
}

/** The visitor's change applied to the answers (or to `base`, the answers a link gave) and, when they are complete, to the estimate. */
function change(data: ModelData, s: State, patch: Partial<FormState>, mark?: string, base = s.form, was = s.mine): State {
  const form = { ...base, ...patch };
  const mine = { services: was.services || 'services' in patch, budget: was.budget || 'budget' in patch || 'costs' in patch };
  if (patch.org && !mine.services) form.services = typicalServices(data, form.org);
  if ((patch.org || patch.services) && !mine.budget) form.budget = grouped(typicalBudget(data, form.org, form.services));
  if (form.mode === 'each')
    for (const id of form.services)
      if (form.costs[id] === undefined) form.costs = { ...form.costs, [id]: grouped(typicalBudget(data, form.org, [id])) };
  const shown = mark && !s.shown.includes(mark) ? [...s.shown, mark] : s.shown;
  return { ...s, form, mine, shown, inputs: validateForm(data, form).inputs ?? s.inputs, changed: true };
}

interface Props {
  /** The build date, "30 June 2026", until the browser supplies today's. */
  built: string;
  /** The calculator's address on the public site. */
  home: string;
}

export default function Calculator({ built, home }: Props) {
  const data = useMemo(modelData, []);
  const [s, setS] = useState<State>(() => {
    const inputs = defaultInputs(data);
    const link = { ignored: [], stale: false };
    return { form: formFromInputs(inputs), inputs, mine: { services: false, budget: false }, shown: [], submitted: 0, opened: null, link, changed: false };
  });
  // Set once every part shows this visit's own figures.
  const [ready, setReady] = useState(false);
  const [live, setLive] = useState('');
  const [copied, setCopied] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const base = useRef('');

  const figures = useMemo(() => once(() => figuresFor(data, s.inputs)), [s.inputs]);
  const all = validateForm(data, s.form).errors;
  const kit = { errors: s.submitted ? all : all.filter((e) => s.shown.includes(e.field)) };
  const summary = s.submitted ? all : [];
  const behind = all.length > 0;
  const query = toQuery(data, s.inputs);
  const open = ownOpen(s.form, kit, s.opened);
  const shownOpen = useRef(open);
  shownOpen.current = open;

  const update = (patch: Partial<FormState>, mark?: string) => setS((x) => change(data, x, patch, mark));
  const on = {
    update,
    // Each figure starts from today's split, so nothing jumps when the visitor switches.
    switchMode: (mode: 'total' | 'each') =>
      update(
        mode === 'each'
          ? { mode, costs: { ...s.form.costs, ...Object.fromEntries(figures().est.baselineByService.map((b) => [b.id, grouped(Math.round(b.amount))])) } }
          : { mode, budget: grouped(s.inputs.budget) },
      ),
    show: (id: string) => setS((x) => (x.shown.includes(id) ? x : { ...x, shown: [...x.shown, id] })),
    submit: () => setS((x) => ({ ...x, submitted: x.submitted + 1, changed: true })),
  };
  // A toggle that matches what was drawn is Preact's own doing, not the visitor's.
  const toggled = (o: boolean) => o !== shownOpen.current && setS((x) => ({ ...x, opened: o }));

  // Each part's drawing, made again only when what it reads changes (see Part.tsx).
  const headline = useMemo(() => {
    const orgLabel = midSentence(data.orgs.find((o) => o.id === s.inputs.org)?.label ?? '');
    return () => {
      const { est, chosen, warn } = figures();
      return <Headline data={data} est={est} chosen={chosen} orgLabel={orgLabel} warn={warn} choose={(method) => update({ method })} />;
    };
  }, [figures]);
  const bar = useMemo(() => () => <EstimateBar chosen={figures().chosen} behind={behind} />, [figures, behind]);
  const own = useMemo(() => () => <OwnSummary data={data} own={s.inputs.own} />, [s.inputs]);
  const results = useMemo(() => RESULT_PARTS.map((name) => () => resultPart(name)(figures())), [figures]);
  const share = useMemo(() => {
    const actions = ready
      ? {
          copy: () => void navigator.clipboard?.writeText(linkTo(query)).then(() => setCopied(' Link copied'), () => {}),
          download: () => void download(data, figures().est, query),
          print: () => print(),
          copied,
        }
      : undefined;
    return () => <KeepAndShare query={query} on={actions} />;
  }, [query, ready, copied]);
  const printLine = useMemo(
    () => () => <PrintLine version={data.version} date={ready ? today() : built} link={ready ? linkTo(query) : `${home}?${query}`} />,
    [query, ready],
  );

  // Straight after hydration, in the same task: the link. (What was typed
  // before the island was ready is taken up by the form when it hydrates.)
  useLayoutEffect(() => {
    if (location.search) {
      const q = new URLSearchParams(location.search);
      const read = parseQuery(data, location.search);
      // A link we could not read in full is replaced by the one we used, so a
      // broken or hostile parameter is not kept in the address bar to be copied on.
      if (read.ignored.length) history.replaceState(null, '', `?${toQuery(data, read.inputs)}`);
      const mine = { services: q.has('services') || q.has('costs'), budget: q.has('budget') || q.has('costs') };
      const linked = formFromInputs(read.inputs);
      const link = { ignored: read.ignored, stale: read.stale };
      setS((x) => ({ ...x, link, form: linked, inputs: read.inputs, mine }));
    }
    // Once every part shows this visit's figures: the buttons and today's
    // date, and a shared link's results shown again (see link-pending.mjs).
    afterParts(() => {
      setReady(true);
      requestAnimationFrame(() => document.documentElement.classList.remove('calc-link-pending'));
    });
  }, []);

  // The address carries the answers the figures are for.
  useEffect(() => {
    if (s.changed) history.replaceState(null, '', `?${toQuery(data, s.inputs)}`);
  }, [s.inputs]);

  // Announce new figures once the visitor has changed something, after a pause in typing.
  useEffect(() => {
    if (!s.changed) return;
    const t = setTimeout(() => setLive(spoken(figures().chosen, s.inputs.years)), 900);
    return () => clearTimeout(t);
  }, [figures]);

  // After "Update estimate": focus to the error summary, or to the results.
  useEffect(() => {
    if (s.submitted) (summaryRef.current ?? resultsRef.current)?.focus();
  }, [s.submitted]);

  useEffect(() => {
    base.current ||= document.title.replace(/^Error: /, '');
    document.title = summary.length ? `Error: ${base.current}` : base.current;
  }, [summary.length]);

  return (
    <div class="calc" data-ready={ready ? '' : undefined}>
      <LinkNotices data={data} link={s.link} />
      <ErrorSummary errors={summary} summary={summaryRef} />
      <Part now>{() => <Form data={data} form={s.form} kit={kit} on={on} own={{ open, toggled }} />}</Part>
      <Part now>{bar}</Part>

      {/* Search indexes the page's words, not one visitor's figures. */}
      <section class="calc-results" aria-labelledby="calc-results-title" data-pagefind-ignore>
        <h2 id="calc-results-title" ref={resultsRef} tabIndex={-1}>
          Your estimate
        </h2>
        <Part>{printLine}</Part>
        <p class="calc-stale no-print" hidden={!behind}>
          These figures are for your last complete answers. Correct the answers marked above to update them.
        </p>
        <Part now>{headline}</Part>
        <Part>{own}</Part>
        {/* Below the headline (see calculator.css on .calc-more). */}
        <div class="calc-more">
          {results.map((draw, i) => (
            <Part key={RESULT_PARTS[i]} load={loadResults}>
              {draw}
            </Part>
          ))}
          <Part>{share}</Part>
        </div>
      </section>

      <div class="visually-hidden" id="calc-live" aria-live="polite" aria-atomic="true">
        {live}
      </div>
    </div>
  );
}

/** The figures and every assumption as a spreadsheet, written when asked for (its code too: few visitors ask). */
async function download(data: ModelData, est: Estimate, query: string) {
  (await import('../csv')).downloadCsv(data, est, linkTo(query), today());
}
