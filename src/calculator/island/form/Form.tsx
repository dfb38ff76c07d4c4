/**
 * The calculator's questions, as a GOV.UK form: labels and hints, a message
 * at the field, radios and checkboxes with large targets. The visitor's own
 * assumptions are in a details element at the end (../assumptions/).
 *
 * The server draws the form; in the browser the controller reads it and
 * keeps it up to date (checked boxes, typical figures, messages). The fields
 * that come and go (a cost for each service, the visitor's own assumptions)
 * are copied from templates the server writes (Calculator.tsx), so the
 * browser loads none of this file but `ErrorMessage`.
 */
import './form.css';
import type { Child } from '~/lib/html/jsx-runtime';
import type { ModelData } from '../../model';
import type { FieldError, FormState } from '../../state';
import { decimal, midSentence } from '../../format';
import { OwnAssumptions } from '../assumptions/OwnAssumptions';

export interface FieldKit {
  /** The messages shown at their fields. */
  errors: FieldError[];
}

/** The ids a field is described by: its hint, if it has one, and its message, if it has one. */
export const describedBy = (kit: FieldKit, id: string, hint?: string) =>
  [hint, kit.errors.some((e) => e.field === id) && `${id}-error`].filter(Boolean).join(' ') || undefined;

export function ErrorMessage({ kit, id }: { kit: FieldKit; id: string }) {
  const e = kit.errors.find((x) => x.field === id);
  return e ? (
    <p id={`${id}-error`} class="calc-error-message">
      <span class="visually-hidden">Error:</span> {e.message}
    </p>
  ) : null;
}

/** A text field with its label, hint, message and an optional £ or % beside it. */
export function TextField(p: {
  kit: FieldKit;
  id: string;
  label: Child;
  hint?: Child;
  value: string;
  before?: string;
  after?: string;
  short?: boolean;
  mode?: 'decimal' | 'numeric';
}) {
  const bad = p.kit.errors.some((e) => e.field === p.id);
  const input = (
    <input
      class={`calc-input${p.short ? ' calc-input--short' : ' calc-input--money'}`}
      id={p.id}
      name={p.id}
      type="text"
      inputMode={p.mode ?? 'decimal'}
      spellcheck={false}
      autoComplete="off"
      value={p.value}
      aria-describedby={describedBy(p.kit, p.id, p.hint ? `${p.id}-hint` : undefined)}
      aria-invalid={bad ? 'true' : undefined}
    />
  );
  const affix = (t?: string) =>
    t && (
      <span class="calc-affix__text" aria-hidden="true">
        {t}
      </span>
    );
  return (
    <div class={`calc-field${bad ? ' calc-field--error' : ''}`}>
      <label class="calc-label" for={p.id}>
        {p.label}
      </label>
      {p.hint && (
        <div id={`${p.id}-hint`} class="calc-hint">
          {p.hint}
        </div>
      )}
      <ErrorMessage kit={p.kit} id={p.id} />
      {p.before || p.after ? (
        <div class="calc-affix">
          {affix(p.before)}
          {input}
          {affix(p.after)}
        </div>
      ) : (
        input
      )}
    </div>
  );
}

function Radios(p: { name: string; legend: string; hint: string; items: { id: string; label: string }[]; value: string }) {
  return (
    <fieldset class="calc-field" aria-describedby={`${p.name}-hint`}>
      <legend class="calc-legend">{p.legend}</legend>
      <div id={`${p.name}-hint`} class="calc-hint">
        {p.hint}
      </div>
      <div class="calc-radios calc-radios--columns">
        {p.items.map((o) => (
          <div class="calc-choice">
            <input type="radio" id={`${p.name}-${o.id}`} name={p.name} value={o.id} checked={p.value === o.id} />
            <label for={`${p.name}-${o.id}`}>{o.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

interface Props {
  data: ModelData;
  form: FormState;
  kit: FieldKit;
}

/** The organisation's name mid-sentence, in a hint; the controller rewrites it when the organisation changes. */
export const OrgName = ({ data, form }: { data: ModelData; form: FormState }) => (
  <span data-org-name>{midSentence(data.orgs.find((o) => o.id === form.org)?.label ?? '')}</span>
);

/** A cost field for each service chosen, when the visitor gives a figure for each. */
export function CostFields({ data, form, kit }: { data: ModelData; form: FormState; kit: FieldKit }) {
  return (
    <>
      {data.services
        .filter((s) => form.services.includes(s.id))
        .map((s) => (
          <TextField
            kit={kit}
            id={`cost-${s.id}`}
            label={
              <>
                {s.label} <span class="visually-hidden">annual cost</span>
              </>
            }
            value={form.costs[s.id] ?? ''}
            before="£"
          />
        ))}
      {!form.services.length && <p class="calc-hint">Choose at least one service first.</p>}
    </>
  );
}

export function Form({ data, form, kit }: Props) {
  const { errors } = kit;
  const first = `service-${data.services[0]?.id}`;
  const mode = (id: 'total' | 'each', label: string) => (
    <div class="calc-choice">
      <input type="radio" id={`mode-${id}`} name="mode" value={id} checked={form.mode === id} />
      <label for={`mode-${id}`}>{label}</label>
    </div>
  );
  return (
    <form
      class="calc-form no-print"
      noValidate
      aria-label="Your figures"
      data-pagefind-ignore
    >
      <Radios
        name="org"
        legend="What type of organisation are you?"
        hint="This decides which routes are open to you. Only councils can join the Joint Committee."
        items={data.orgs}
        value={form.org}
      />

      <fieldset class={`calc-field${errors.some((e) => e.field === first) ? ' calc-field--error' : ''}`} aria-describedby={describedBy(kit, first, 'services-hint')}>
        <legend class="calc-legend">Which services do you want to share?</legend>
        <div id="services-hint" class="calc-hint">
          Select all that apply. We start with the services a <OrgName data={data} form={form} /> usually has. Sharing more of your back office saves more on
          senior management.
        </div>
        <ErrorMessage kit={kit} id={first} />
        <p class="calc-buttons">
          <button type="button" class="calc-link-button" data-action="all">
            Select all {data.services.length}
          </button>
          <button type="button" class="calc-link-button" data-action="none">
            Clear all
          </button>
        </p>
        <div class="calc-families">
          {data.families.map((f) => {
            const list = data.services.filter((s) => s.family === f.id);
            return list.length ? (
              <fieldset class="calc-family">
                <legend>{f.label}</legend>
                <div class="calc-checkboxes">
                  {list.map((s) => (
                    <div class="calc-choice">
                      <input
                        type="checkbox"
                        id={`service-${s.id}`}
                        name="services"
                        value={s.id}
                        checked={form.services.includes(s.id)}
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
          {mode('total', 'One total for all the services I chose')}
          {/* Both answers are drawn, the other one hidden, so the controller switches between them without redrawing the form. */}
          <div class="calc-reveal" data-reveal="total" hidden={form.mode !== 'total'}>
            <TextField
              kit={kit}
              id="budget"
              label="Annual cost today of the services you chose"
              hint={
                <>
                  In pounds, for example 2,500,000 or 2.5m. We split it between the services using typical shares. Until you change
                  it, we show a typical figure for a <OrgName data={data} form={form} />.
                </>
              }
              value={form.budget}
              before="£"
            />
          </div>
          {mode('each', 'A figure for each service')}
          <div class="calc-reveal" data-reveal="each" hidden={form.mode !== 'each'}>
            {form.mode === 'each' && <CostFields data={data} form={form} kit={kit} />}
          </div>
        </div>
      </fieldset>

      <div class="calc-row">
        <TextField
          kit={kit}
          id="years"
          label="Number of years"
          hint={`From 1 to ${data.limits.yearsMax}, counted from your decision to join.`}
          value={form.years}
          short
          mode="numeric"
        />
        <TextField
          kit={kit}
          id="rate"
          label="Discount rate"
          hint={`A percentage. HM Treasury's Green Book uses ${decimal(data.defaults.rate)}% a year.`}
          value={form.rate}
          after="%"
          short
        />
      </div>

      <Radios
        name="method"
        legend="Which route do you want to look at first?"
        hint={`We compare all ${data.routes.length} routes; this one is highlighted.`}
        items={data.routes}
        value={form.method}
      />

      <OwnAssumptions form={form} />

      {/* Pressing the mouse on the button would first blur the field, whose
          message would then appear and push the button away before the click
          lands. Keeping focus where it is lets the click submit; the summary
          then takes focus (the controller's mousedown). */}
      <button type="submit" class="button">
        Update estimate
      </button>
    </form>
  );
}
