/**
 * The calculator's questions, as a GOV.UK form: labels and hints, a message
 * at the field, radios and checkboxes with large targets. The visitor's own
 * assumptions are in a details element at the end (../assumptions/).
 */
import './form.css';
import type { JSX } from 'preact';
import type { ModelData } from '../../model';
import type { FieldError, FormState } from '../../state';
import { decimal, midSentence } from '../../format';
import { OwnAssumptions } from '../assumptions/OwnAssumptions';

export interface FieldKit {
  errors: FieldError[];
  /** Show a field's message once the visitor leaves it. */
  show: (id: string) => void;
}

/** The hint and message ids a field is described by. */
export const describedBy = (kit: FieldKit, id: string, hint = true) =>
  [hint && `${id}-hint`, kit.errors.some((e) => e.field === id) && `${id}-error`].filter(Boolean).join(' ') || undefined;

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
  label: JSX.Element | string;
  hint?: string;
  value: string;
  onInput: (v: string) => void;
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
      aria-describedby={describedBy(p.kit, p.id, !!p.hint)}
      aria-invalid={bad ? 'true' : undefined}
      onInput={(e) => p.onInput(e.currentTarget.value)}
      onChange={() => p.kit.show(p.id)}
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

function Radios(p: { name: string; legend: string; hint: string; items: { id: string; label: string }[]; value: string; pick: (id: string) => void }) {
  return (
    <fieldset class="calc-field" aria-describedby={`${p.name}-hint`}>
      <legend class="calc-legend">{p.legend}</legend>
      <div id={`${p.name}-hint`} class="calc-hint">
        {p.hint}
      </div>
      <div class="calc-radios calc-radios--columns">
        {p.items.map((o) => (
          <div class="calc-choice" key={o.id}>
            <input type="radio" id={`${p.name}-${o.id}`} name={p.name} value={o.id} checked={p.value === o.id} onChange={() => p.pick(o.id)} />
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
  errors: FieldError[];
  update: (patch: Partial<FormState>, mark?: string) => void;
  switchMode: (mode: 'total' | 'each') => void;
  show: (id: string) => void;
  onSubmit: () => void;
}

export function Form({ data, form, errors, update, switchMode, show, onSubmit }: Props) {
  const kit: FieldKit = { errors, show };
  const formOrg = midSentence(data.orgs.find((o) => o.id === form.org)?.label ?? '');
  const first = `service-${data.services[0]?.id}`;
  const pick = (id: string, on: boolean) => update({ services: on ? [...form.services, id] : form.services.filter((x) => x !== id) }, first);
  const mode = (id: 'total' | 'each', label: string) => (
    <div class="calc-choice">
      <input type="radio" id={`mode-${id}`} name="mode" value={id} checked={form.mode === id} onChange={() => switchMode(id)} />
      <label for={`mode-${id}`}>{label}</label>
    </div>
  );
  return (
    <form
      class="calc-form no-print"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
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
        pick={(id) => update({ org: id })}
      />

      <fieldset class={`calc-field${errors.some((e) => e.field === first) ? ' calc-field--error' : ''}`} aria-describedby={errors.some((e) => e.field === first) ? `services-hint ${first}-error` : 'services-hint'}>
        <legend class="calc-legend">Which services do you want to share?</legend>
        <div id="services-hint" class="calc-hint">
          Select all that apply. We start with the services a {formOrg} usually has. Sharing more of your back office saves more on
          senior management.
        </div>
        <ErrorMessage kit={kit} id={first} />
        <p class="calc-buttons">
          <button type="button" class="calc-link-button" onClick={() => update({ services: data.services.map((s) => s.id) }, first)}>
            Select all {data.services.length}
          </button>
          <button type="button" class="calc-link-button" onClick={() => update({ services: [] }, first)}>
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
                        onChange={(e) => pick(s.id, e.currentTarget.checked)}
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
          {form.mode === 'total' && (
            <div class="calc-reveal">
              <TextField
                kit={kit}
                id="budget"
                label="Annual cost today of the services you chose"
                hint={`In pounds, for example 2,500,000 or 2.5m. We split it between the services using typical shares. Until you change it, we show a typical figure for a ${formOrg}.`}
                value={form.budget}
                onInput={(v) => update({ budget: v })}
                before="£"
              />
            </div>
          )}
          {mode('each', 'A figure for each service')}
          {form.mode === 'each' && (
            <div class="calc-reveal">
              {data.services
                .filter((s) => form.services.includes(s.id))
                .map((s) => (
                  <TextField
                    key={s.id}
                    kit={kit}
                    id={`cost-${s.id}`}
                    label={
                      <>
                        {s.label} <span class="visually-hidden">annual cost</span>
                      </>
                    }
                    value={form.costs[s.id] ?? ''}
                    onInput={(v) => update({ costs: { ...form.costs, [s.id]: v } })}
                    before="£"
                  />
                ))}
              {!form.services.length && <p class="calc-hint">Choose at least one service first.</p>}
            </div>
          )}
        </div>
      </fieldset>

      <div class="calc-row">
        <TextField
          kit={kit}
          id="years"
          label="Number of years"
          hint={`From 1 to ${data.limits.yearsMax}, counted from your decision to join.`}
          value={form.years}
          onInput={(v) => update({ years: v })}
          short
          mode="numeric"
        />
        <TextField
          kit={kit}
          id="rate"
          label="Discount rate"
          hint={`A percentage. HM Treasury's Green Book uses ${decimal(data.defaults.rate)}% a year.`}
          value={form.rate}
          onInput={(v) => update({ rate: v })}
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
        pick={(id) => update({ method: id })}
      />

      <OwnAssumptions data={data} form={form} kit={kit} update={update} />

      {/* Pressing the mouse on the button would first blur the field, whose
          message would then appear and push the button away before the click
          lands. Keeping focus where it is lets the click submit; the summary
          then takes focus. */}
      <button type="submit" class="button" onMouseDown={(e) => e.preventDefault()}>
        Update estimate
      </button>
    </form>
  );
}
