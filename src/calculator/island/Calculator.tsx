/**
 * The savings calculator: the visitor's answers and what follows from them,
 * laid out from the parts in the folders beside this file (one folder per
 * part of the page). Every figure comes from `estimate()` in ../model.ts; the
 * parts only lay it out.
 *
 * The parts are pure functions from a `View` to markup (JSX that writes HTML,
 * see ~/lib/html). The page draws them on the server with the default
 * estimate, so the page reads in full without JavaScript. In the browser,
 * controller.ts keeps the `View` and redraws a part (`PARTS`) only when its
 * markup has changed. What does not change with the answers (the routes'
 * words, the assumptions and their sources) is drawn by the page around it.
 */
import type { Estimate, Inputs, ModelData, RangedRoute, Warnings } from '../model';
import { estimate, warnings } from '../model';
import { typicalBudget, validateForm, type FieldError, type FormState } from '../state';
import { midSentence } from '../format';
import { CostFields, Form } from './form/Form';
import { OwnFields } from './assumptions/OwnAssumptions';
import { ErrorSummary, LinkNotices } from './headline/Notices';
import { Headline } from './headline/Headline';
import { Comparison } from './comparison/Comparison';
import { Chart, ChartTable } from './chart/Chart';
import { YearTable } from './years/YearTable';
import { Splits } from './splits/Splits';
import { OwnSummary } from './assumptions/OwnSummary';
import { KeepAndShare } from './share/KeepAndShare';
import { PrintLine } from './share/PrintLine';
import type { Child } from '~/lib/html/jsx-runtime';

export interface Figures {
  est: Estimate;
  chosen: RangedRoute;
  warn: Warnings;
}

/** Everything the calculator shows. */
export interface View {
  data: ModelData;
  form: FormState;
  /** The last complete answers: what the figures are for. */
  inputs: Inputs;
  /** The estimate for `inputs`. */
  figures: Figures;
  /** The messages shown at their fields. */
  errors: FieldError[];
  /** The messages in the error summary: every one, once the visitor has asked to update. */
  summary: FieldError[];
  /** Some answers are not complete, so the figures are for earlier ones. */
  behind: boolean;
  /** The link to this estimate: the answers as a query string. */
  query: string;
}

export function figuresFor(data: ModelData, inputs: Inputs): Figures {
  const est = estimate(data, inputs);
  const chosen = est.routes.find((r) => r.id === inputs.method) ?? est.routes[0];
  return { est, chosen, warn: warnings(data, est, typicalBudget(data, inputs.org, inputs.services)) };
}

/** The errors to show at the fields and in the summary, as GOV.UK forms show them. */
export function messages(data: ModelData, form: FormState, shown: string[], submitted: boolean) {
  const all = validateForm(data, form).errors;
  return { all, errors: submitted ? all : all.filter((e) => shown.includes(e.field)), summary: submitted ? all : [] };
}

const orgLabel = (v: View) => midSentence(v.data.orgs.find((o) => o.id === v.inputs.org)?.label ?? '');

/** Each part that changes with the answers, by the name of its container. */
export const PARTS: Record<string, (v: View) => Child> = {
  summary: (v) => <ErrorSummary errors={v.summary} />,
  headline: (v) => <Headline data={v.data} est={v.figures.est} chosen={v.figures.chosen} orgLabel={orgLabel(v)} warn={v.figures.warn} />,
  own: (v) => <OwnSummary data={v.data} own={v.inputs.own} />,
  comparison: (v) => <Comparison est={v.figures.est} chosen={v.figures.chosen.id} years={v.inputs.years} />,
  chart: (v) => (
    <>
      <h3>Cumulative net savings, year by year</h3>
      <Chart routes={v.figures.est.routes} chosen={v.figures.chosen.id} years={v.inputs.years} />
    </>
  ),
  'chart-table': (v) => <ChartTable routes={v.figures.est.routes} chosen={v.figures.chosen.id} years={v.inputs.years} />,
  // The year-by-year table and the splits are for the chosen route, when it is open to this organisation.
  years: (v) => v.figures.chosen.eligible && <YearTable route={v.figures.chosen} />,
  splits: (v) => v.figures.chosen.eligible && <Splits est={v.figures.est} route={v.figures.chosen} />,
};

/** The parts a key press redraws at once; the rest follow after the next frame, a task each (controller.ts). */
export const FIRST = ['summary', 'headline'];

const Slot = ({ name, v }: { name: string; v: View }) => (
  <div class="calc-part" data-part={name}>
    {PARTS[name](v)}
  </div>
);

/**
 * The whole calculator, as the server draws it. `built` (the build date) and
 * `home` (the calculator's public address) stand in the print line until the
 * browser writes today's date and its own address.
 */
export function Calculator(v: View & { built: string; home: string }) {
  return (
    <div class="calc">
      <LinkNotices data={v.data} />
      <Slot name="summary" v={v} />
      <Form data={v.data} form={v.form} kit={{ errors: v.errors }} />

      {/* Search indexes the page's words, not one visitor's figures. */}
      <section class="calc-results" aria-labelledby="calc-results-title" data-pagefind-ignore>
        <h2 id="calc-results-title" tabIndex={-1}>
          Your estimate
        </h2>
        <PrintLine version={v.data.version} query={v.query} built={v.built} home={v.home} />
        {/* Shown while some answers are not complete (the controller's syncForm). */}
        <p class="calc-stale no-print" data-behind hidden={!v.behind}>
          These figures are for your last complete answers. Correct the answers marked above to update them.
        </p>
        <Slot name="headline" v={v} />
        <Slot name="own" v={v} />
        {/* Below the headline (see calculator.css on .calc-more). */}
        <div class="calc-more">
          {['comparison', 'chart', 'chart-table', 'years', 'splits'].map((name) => (
            <Slot name={name} v={v} />
          ))}
          <KeepAndShare query={v.query} />
        </div>
      </section>

      <div class="visually-hidden" id="calc-live" aria-live="polite" aria-atomic="true"></div>
      {/* The form's fields that come and go, for the controller to copy in: a
          cost for every service (and the hint for none), and the visitor's own assumptions. */}
      <template id="calc-cost-fields">
        <CostFields data={v.data} form={{ ...v.form, services: v.data.services.map((s) => s.id), costs: {} }} kit={{ errors: [] }} />
        <CostFields data={v.data} form={{ ...v.form, services: [] }} kit={{ errors: [] }} />
      </template>
      <template id="calc-own-fields">
        <OwnFields data={v.data} form={{ ...v.form, own: {} }} kit={{ errors: [] }} />
      </template>
    </div>
  );
}
