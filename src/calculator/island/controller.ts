/**
 * The calculator in the browser: the visitor's answers, their checks and the
 * estimate, kept in one place, and the page kept in step with them.
 *
 * The server has drawn everything for the default estimate (Calculator.tsx),
 * so a plain visit redraws nothing: it shows the buttons that need
 * JavaScript, writes today's date and the page's own address where the
 * printout gives them, and runs once, off to one side, what a key press runs
 * before it paints (the form, the model, the error summary and the
 * headline), so the first key press does not pay for it. A change redraws a
 * part only when its markup is new, with the same components the server
 * used. The form is never redrawn around a field being typed in: its fields
 * are updated in place (values, checked boxes, messages) and only the blocks
 * whose fields come and go are drawn again.
 *
 * A key press redraws the error summary and the headline in its own task;
 * the parts below them follow after the next frame, a task each, so the new
 * headline paints first and no single task holds up the next key.
 */
import { render, type Child } from '~/lib/html/jsx-runtime';
import type { Inputs, ModelData } from '../model';
import { defaultInputs, formFromInputs, ownField, parseQuery, toQuery, typicalBudget, typicalServices, validateForm, listNames, type FormState } from '../state';
import { grouped, midSentence, today } from '../format';
import { FIRST, PARTS, figuresFor, messages, type Figures, type View } from './Calculator';
import { ErrorMessage, describedBy, type FieldKit } from './form/Form';
import { ownCount, ownOpen, ownSummary } from './assumptions/OwnAssumptions';
import { linkTo } from './share/KeepAndShare';
import { loadAssumptions, toCsv } from '../csv';

const root = document.querySelector<HTMLElement>('.calc')!;
const form = root.querySelector('form')!;
const data: ModelData = JSON.parse(document.getElementById('calc-data')!.textContent!);
const start = defaultInputs(data);
const base = document.title.replace(/^Error: /, '');
const FIRST_SERVICE = `service-${data.services[0]?.id}`;

/* ---------------------------------------------------------------- state */

let answers: FormState = formFromInputs(start);
let inputs: Inputs = start;
let figures: Figures | null = null;
// Once a visitor types a cost or picks services, we stop resizing them for the organisation.
let mine = { services: false, budget: false };
let shown: string[] = [];
let submitted = false;
/** The visitor opened or closed their own assumptions; null until they do. */
let opened: boolean | null = null;

function view(): View {
  const m = messages(data, answers, shown, submitted);
  return {
    data,
    form: answers,
    inputs,
    // Worked out when a part first needs it.
    get figures() {
      return (figures ??= figuresFor(data, inputs));
    },
    errors: m.errors,
    summary: m.summary,
    behind: m.all.length > 0,
    query: toQuery(data, inputs),
  };
}

/* ------------------------------------------------------------- drawing */

const drawn: Record<string, string> = {};
const part = (name: string) => root.querySelector<HTMLElement>(`[data-part="${name}"]`)!;
function draw(name: string, markup: Child) {
  const html = render(markup);
  if (drawn[name] === html) return;
  drawn[name] = html;
  const el = part(name);
  // The error summary holds focus after "Update estimate"; its new copy takes it back.
  const focused = el.contains(document.activeElement) ? document.activeElement!.id : '';
  el.innerHTML = html;
  if (focused) field(focused)?.focus({ preventScroll: true });
}

/**
 * A text, written only when it changes, as `draw` does for a part: writing
 * the same text again still replaces the text node, which the browser then
 * lays out and paints again.
 */
function setText(el: Element, text: string) {
  if (el.textContent !== text) el.textContent = text;
}

/** Jobs in tasks of their own, in order: the parts below the headline, and a plain visit's first runs. */
const queue = new Map<string, () => void>();
let waiting = false;
function next() {
  const [name, job] = queue.entries().next().value ?? [];
  if (!name || !job) return void (waiting = false);
  queue.delete(name);
  // A part that fails to draw must not stop the ones after it, now or at the next change.
  try {
    job();
  } finally {
    setTimeout(next);
  }
}
function later(name: string, job: () => void) {
  queue.set(name, job);
  if (waiting) return;
  waiting = true;
  // After the next frame, so the headline the visitor asked for paints
  // first; a tab in the background has no frames, so at most 100 ms later.
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    setTimeout(next);
  };
  requestAnimationFrame(go);
  setTimeout(go, 100);
}
/** Runs `job` once every queued part has been drawn. */
const afterParts = (job: () => void) => later('\0after', job);

let current: View;
/** Brings the form and the parts in line with the state: `now` in this task, the rest of `parts` after. */
function refresh(now: string[] = FIRST, parts = Object.keys(PARTS)) {
  queue.delete('\0form');
  const v = (current = view());
  syncForm(v);
  for (const name of parts) {
    if (now.includes(name)) {
      queue.delete(name);
      draw(name, PARTS[name](v));
    } else later(name, () => draw(name, PARTS[name](current)));
  }
  // The addresses that carry the answers: the links to keep and share, and the printout's.
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[data-link]')) a.setAttribute('href', `${a.dataset.link}?${v.query}`);
  setText(root.querySelector('[data-print="link"]')!, linkTo(v.query));
  root.querySelector<HTMLElement>('[data-behind]')!.hidden = !v.behind;
  document.title = submitted && v.summary.length ? `Error: ${base}` : base;
}

/* ------------------------------------------------------------- the form */

/** A copy of the fields in one of the templates the server wrote (Calculator.tsx). */
const template = (id: string) => (document.getElementById(id) as HTMLTemplateElement).content.cloneNode(true) as DocumentFragment;
const field = <T extends HTMLElement = HTMLInputElement>(id: string) => document.getElementById(id) as T | null;
const radios = (name: string) => form.elements.namedItem(name) as RadioNodeList;
let costsFor = answers.mode === 'each' ? answers.services.join() : '';
/**
 * Whether the assumptions should be open, as last worked out. The panel is
 * opened or closed only when that changes, so a visitor who closes it while
 * one of its figures has a problem is not overruled at the next key press.
 */
let wasOpen = false;
/** The panel's next toggle event is our own doing, not the visitor's. */
let toggling = false;

/** The form shows `answers` and the messages in `v`, without redrawing a field the visitor is in. */
function syncForm(v: View) {
  const kit: FieldKit = { errors: v.errors };
  const open = ownOpen(answers, kit, opened);
  radios('org').value = answers.org;
  radios('method').value = answers.method;
  radios('mode').value = answers.mode;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="services"]')) box.checked = answers.services.includes(box.value);
  for (const el of form.querySelectorAll('[data-org-name]')) setText(el, midSentence(data.orgs.find((o) => o.id === answers.org)?.label ?? ''));
  field('budget')!.closest<HTMLElement>('[data-reveal]')!.hidden = answers.mode !== 'total';
  const each = form.querySelector<HTMLElement>('[data-reveal="each"]')!;
  each.hidden = answers.mode !== 'each';
  // The cost fields come and go with the services chosen, so they are copied in again when those change.
  const key = answers.mode === 'each' ? answers.services.join() || '-' : '';
  if (key !== costsFor) {
    costsFor = key;
    const all = template('calc-cost-fields');
    // In the page's order of services, as the checks and the total's message assume (state.ts).
    const copies = data.services.filter((s) => answers.services.includes(s.id)).map((s) => all.querySelector(`#cost-${s.id}`)!.closest('.calc-field')!);
    each.replaceChildren(...(key ? (copies.length ? copies : [all.querySelector('.calc-hint')!]) : []));
  }
  const details = form.querySelector('details')!;
  if (open !== wasOpen) {
    wasOpen = open;
    if (details.open !== open) {
      toggling = true;
      details.open = open;
    }
  }
  if (open && !part('own-fields').childElementCount) part('own-fields').append(template('calc-own-fields'));
  form.querySelector<HTMLElement>('[data-own-reset]')!.hidden = !ownCount(answers);
  setText(details.querySelector('.calc-details__summary')!, ownSummary(ownCount(answers)));

  const text: Record<string, string> = { budget: answers.budget, years: answers.years, rate: answers.rate };
  for (const [id, value] of Object.entries(answers.costs)) text[`cost-${id}`] = value;
  for (const s of data.own) text[ownField(s.key)] = answers.own[s.key] ?? '';
  for (const [id, value] of Object.entries(text)) {
    const el = field(id);
    if (el && el.value !== value) el.value = value;
  }
  for (const el of form.querySelectorAll<HTMLInputElement>('.calc-input')) message(el, kit);
  message(field(FIRST_SERVICE)!, kit);
}

/** A field's message, as TextField draws it (Form.tsx): the text, the red bar, aria-invalid and aria-describedby. */
function message(el: HTMLInputElement, kit: FieldKit) {
  const id = el.id;
  const error = kit.errors.find((e) => e.field === id);
  const old = field(`${id}-error`);
  if (old?.textContent?.endsWith(error?.message ?? '\0')) return;
  old?.remove();
  const services = id === FIRST_SERVICE;
  const box = el.closest<HTMLElement>('.calc-field')!;
  const hint = field(services ? 'services-hint' : `${id}-hint`);
  if (error) (hint ?? box.querySelector('label')!).insertAdjacentHTML('afterend', render(ErrorMessage({ kit, id })));
  box.classList.toggle('calc-field--error', !!error);
  const described = describedBy(kit, id, hint?.id);
  const target = services ? box : el;
  if (described) target.setAttribute('aria-describedby', described);
  else target.removeAttribute('aria-describedby');
  if (services) return;
  if (error) el.setAttribute('aria-invalid', 'true');
  else el.removeAttribute('aria-invalid');
}

/** Apply the visitor's change to the form (or to `from`, the form a link gave) and, when it is valid, to the estimate and the address. */
function update(patch: Partial<FormState>, mark?: string, from = answers, was = mine) {
  const nextForm = { ...from, ...patch };
  mine = { services: was.services || 'services' in patch, budget: was.budget || 'budget' in patch || 'costs' in patch };
  if (patch.org && !mine.services) nextForm.services = typicalServices(data, nextForm.org);
  if ((patch.org || patch.services) && !mine.budget) nextForm.budget = grouped(typicalBudget(data, nextForm.org, nextForm.services));
  if (nextForm.mode === 'each')
    for (const id of nextForm.services)
      if (nextForm.costs[id] === undefined) nextForm.costs = { ...nextForm.costs, [id]: grouped(typicalBudget(data, nextForm.org, [id])) };
  answers = nextForm;
  if (mark && !shown.includes(mark)) shown = [...shown, mark];
  const checked = validateForm(data, nextForm);
  if (checked.inputs) {
    inputs = checked.inputs;
    figures = null;
    history.replaceState(null, '', `?${toQuery(data, checked.inputs)}`);
    announce();
  }
  refresh();
}

function switchMode(mode: 'total' | 'each') {
  // Start each figure from today's split, so nothing jumps when the visitor switches.
  if (mode === 'each') {
    const split = (figures ??= figuresFor(data, inputs)).est.baselineByService;
    update({ mode, costs: { ...answers.costs, ...Object.fromEntries(split.map((b) => [b.id, grouped(Math.round(b.amount))])) } });
  } else update({ mode, budget: grouped(inputs.budget) });
}

/* ------------------------------------------------------------- speaking */

let pause = 0;
/**
 * Announce new figures once the visitor has changed something, after a pause
 * in typing: the headline's route, its first sentence (the range of savings,
 * or why the route is closed) and its other figures, so what is heard is what
 * is shown.
 */
function announce() {
  clearTimeout(pause);
  pause = window.setTimeout(() => {
    const h = part('headline');
    // The first figure, savings a year, is the first sentence's.
    const others = [...h.querySelectorAll('dt')].slice(1).map((dt) => `${dt.textContent}: ${dt.nextElementSibling!.firstChild!.textContent}`);
    const said = [`Estimate updated. ${h.querySelector('h3')!.textContent}.`, h.querySelector('.calc-headline p')!.textContent];
    field('calc-live')!.textContent = said.concat(others.length ? `${others.join('; ')}.` : []).join(' ');
  }, 900);
}

/* --------------------------------------------------------------- events */

form.addEventListener('input', (e) => {
  const el = e.target as HTMLInputElement;
  if (el.type !== 'text') return;
  const id = el.id;
  const value = el.value;
  if (id === 'budget' || id === 'years' || id === 'rate') update({ [id]: value });
  else if (id.startsWith('cost-')) update({ costs: { ...answers.costs, [id.slice(5)]: value } });
  else {
    const spec = data.own.find((s) => ownField(s.key) === id);
    if (spec) update({ own: { ...answers.own, [spec.key]: value } });
  }
});

form.addEventListener('change', (e) => {
  const el = e.target as HTMLInputElement;
  if (el.type === 'text') {
    // A field's message shows once the visitor leaves it.
    if (!shown.includes(el.id)) {
      shown = [...shown, el.id];
      refresh();
    }
  } else if (el.name === 'org' || el.name === 'method') update({ [el.name]: el.value });
  else if (el.name === 'mode') switchMode(el.value as 'total' | 'each');
  else if (el.name === 'services')
    update({ services: el.checked ? [...answers.services, el.value] : answers.services.filter((x) => x !== el.value) }, FIRST_SERVICE);
});

form.addEventListener('submit', (e) => {
  e.preventDefault();
  submitted = true;
  refresh();
  // To the error summary, or to the results.
  (root.querySelector<HTMLElement>('.calc-error-summary') ?? field('calc-results-title'))?.focus();
});

// Pressing the mouse on the button would first blur the field, whose message
// would then appear and push the button away before the click lands.
form.querySelector('button[type="submit"]')!.addEventListener('mousedown', (e) => e.preventDefault());

form.querySelector('details')!.addEventListener('toggle', (e) => {
  if (toggling) return void (toggling = false);
  opened = (e.currentTarget as HTMLDetailsElement).open;
  refresh([], []);
});

async function download() {
  const csv = toCsv(data, (figures ??= figuresFor(data, inputs)).est, linkTo(toQuery(data, inputs)), today(), await loadAssumptions());
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  a.download = 'onesource-savings-estimate.csv';
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

const ACTIONS: Record<string, () => void> = {
  all: () => update({ services: data.services.map((s) => s.id) }, FIRST_SERVICE),
  none: () => update({ services: [] }, FIRST_SERVICE),
  'own-reset': () => update({ own: {} }),
  copy: () =>
    void navigator.clipboard?.writeText(linkTo(toQuery(data, inputs))).then(
      () => (root.querySelector('[data-copied]')!.textContent = ' Link copied'),
      () => {},
    ),
  download: () => void download(),
  print: () => print(),
};

root.addEventListener('click', (e) => {
  const el = (e.target as Element).closest<HTMLElement>('[data-action], [data-choose], .calc-error-summary a');
  if (!el) return;
  if (el.dataset.action) ACTIONS[el.dataset.action]?.();
  else if (el.dataset.choose) update({ method: el.dataset.choose });
  else {
    e.preventDefault();
    const target = field(el.getAttribute('href')!.slice(1));
    // Show the question and its label, as GOV.UK's error summary does, then focus the field.
    (target?.closest('.calc-field') ?? target)?.scrollIntoView();
    target?.focus({ preventScroll: true });
  }
});

/* ---------------------------------------------------------------- start */

// Anything typed before the calculator was ready is still in the fields, so take it up rather than lose it.
const typed: Partial<FormState> = {};
for (const k of ['budget', 'years', 'rate'] as const) {
  const el = field(k);
  if (el && el.value !== answers[k]) typed[k] = el.value;
}
if (location.search) {
  const q = new URLSearchParams(location.search);
  const read = parseQuery(data, location.search);
  root.querySelector<HTMLElement>('[data-notice="calc-stale-title"]')!.hidden = !read.stale;
  root.querySelector<HTMLElement>('[data-notice="calc-notice-title"]')!.hidden = !read.ignored.length;
  root.querySelector('[data-ignored]')!.textContent = listNames(read.ignored);
  // A link we could not read in full is replaced by the one we used, so a
  // broken or hostile parameter is not kept in the address bar to be copied on.
  if (read.ignored.length) history.replaceState(null, '', `?${toQuery(data, read.inputs)}`);
  const fromLink = { services: q.has('services') || q.has('costs'), budget: q.has('budget') || q.has('costs') };
  const linked = formFromInputs(read.inputs);
  if (!Object.keys(typed).length) {
    inputs = read.inputs;
    answers = linked;
    mine = fromLink;
    refresh();
  } else update(typed, undefined, linked, fromLink);
} else if (Object.keys(typed).length) update(typed);
else {
  // A plain visit: the server drew the default estimate, so no part is
  // redrawn. The form is brought up to date, in case the browser restored
  // earlier choices into it; then the model, the error summary and the
  // headline are worked out, a task each, without touching the page. That is
  // everything a key press runs before it paints, and at 4x CPU the first run
  // of each costs several times a later one, so the first key press does not
  // pay it. The parts below the headline are not worked out in advance: a key
  // press draws them after its new headline has painted, and working all of
  // them out on every visit cost 47 of the 100 ms this page's script spent
  // after load (4x CPU, medians of 7 loads).
  later('\0form', () => refresh([], []));
  later('\0figures', () => current.figures);
  for (const name of FIRST) later(name, () => (drawn[name] = render(PARTS[name](current))));
}
// What needs the browser: the buttons that need JavaScript, and today's date on the printout.
for (const el of root.querySelectorAll<HTMLElement>('[data-js]')) el.hidden = false;
root.querySelector('[data-print="date"]')!.textContent = today();
// Once every part shows the link's figures, show the results again (see link-pending.mjs).
afterParts(() => requestAnimationFrame(() => document.documentElement.classList.remove('calc-link-pending')));
root.dataset.ready = '';
