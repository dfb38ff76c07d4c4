/**
 * The calculator's questions, as a GOV.UK form: labels and hints, a message
 * at the field, radios and checkboxes with large targets. The visitor's own
 * assumptions are in a details element at the end (../assumptions/).
 *
 * The form listens for the visitor's changes itself (input, change, submit)
 * and hands each to the island as a patch of the answers (`FormActions`), so
 * its fields need no handlers of their own.
 */
import './form.css';
import type { ComponentChildren } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import type { ModelData } from '../../model';
import type { FormState } from '../../state';
import { ownField } from '../../state';
import { decimal, midSentence } from '../../format';
import { ErrorMessage, TextField, describedBy, type FieldKit } from './fields';
import { OwnAssumptions, type OwnPanel } from '../assumptions/OwnAssumptions';

/** What the form asks of the island. */
export interface FormActions {
  /** A change to the answers; `mark` is a field whose message shows from now on. */
  update: (patch: Partial<FormState>, mark?: string) => void;
  /** The visitor switched between one total and a figure for each service. */
  switchMode: (mode: 'total' | 'each') => void;
  /** The visitor left a field: its message shows from now on. */
  show: (id: string) => void;
  /** "Update estimate". */
  submit: () => void;
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
          <div class="calc-choice" key={o.id}>
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
  on: FormActions;
  own: OwnPanel;
}

/** A cost field for each service chosen, in the page's order of services, when the visitor gives a figure for each. */
export function CostFields({ data, form, kit }: { data: ModelData; form: FormState; kit: FieldKit }) {
  return (
    <>
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
            before="£"
          />
        ))}
      {!form.services.length && <p class="calc-hint">Choose at least one service first.</p>}
    </>
  );
}

/** The patch of the answers that a change in a text field makes. */
function typed(data: ModelData, form: FormState, id: string, value: string): Partial<FormState> | null {
  if (id === 'budget' || id === 'years' || id === 'rate') return { [id]: value };
  if (id.startsWith('cost-')) return { costs: { ...form.costs, [id.slice(5)]: value } };
  const spec = data.own.find((s) => ownField(s.key) === id);
  return spec ? { own: { ...form.own, [spec.key]: value } } : null;
}

export function Form({ data, form, kit, on, own }: Props) {
  // Anything typed before the form was hydrated is still in its fields
  // (hydration leaves their values alone), so take it up rather than lose it.
  useLayoutEffect(() => {
    const typed: Partial<FormState> = {};
    for (const k of ['budget', 'years', 'rate'] as const) {
      const el = document.getElementById(k) as HTMLInputElement | null;
      if (el && el.value !== form[k]) typed[k] = el.value;
    }
    if (Object.keys(typed).length) on.update(typed);
  }, []);
  const { errors } = kit;
  const first = `service-${data.services[0]?.id}`;
  const orgName = midSentence(data.orgs.find((o) => o.id === form.org)?.label ?? '');
  const mode = (id: 'total' | 'each', label: string) => (
    <div class="calc-choice">
      <input type="radio" id={`mode-${id}`} name="mode" value={id} checked={form.mode === id} />
      <label for={`mode-${id}`}>{label}</label>
    </div>
  );
  const onInput = (e: Event) => {
    const el = e.target as HTMLInputElement;
    const patch = el.type === 'text' && typed(data, form, el.id, el.value);
    if (patch) on.update(patch);
  };
  const onChange = (e: Event) => {
    const el = e.target as HTMLInputElement;
    // A field's message shows once the visitor leaves it.
    if (el.type === 'text') on.show(el.id);
    else if (el.name === 'org' || el.name === 'method') on.update({ [el.name]: el.value });
    else if (el.name === 'mode') on.switchMode(el.value as 'total' | 'each');
    else if (el.name === 'services')
      on.update({ services: el.checked ? [...form.services, el.value] : form.services.filter((x) => x !== el.value) }, first);
  };
  const reveal = (id: 'total' | 'each', children: ComponentChildren) => (
    // Both answers are drawn, the other one hidden, so switching redraws no field the visitor has typed in.
    <div class="calc-reveal" data-reveal={id} hidden={form.mode !== id}>
      {children}
    </div>
  );
  return (
    <form
      class="calc-form no-print"
      noValidate
      aria-label="Your figures"
      data-pagefind-ignore
      onInput={onInput}
      onChange={onChange}
      onSubmit={(e) => {
        e.preventDefault();
        on.submit();
      }}
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
          Select all that apply. We start with the services a {orgName} usually has. Sharing more of your back office saves more on
          senior management.
        </div>
        <ErrorMessage kit={kit} id={first} />
        <p class="calc-buttons">
          <button type="button" class="calc-link-button" onClick={() => on.update({ services: data.services.map((s) => s.id) }, first)}>
            Select all {data.services.length}
          </button>
          <button type="button" class="calc-link-button" onClick={() => on.update({ services: [] }, first)}>
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
                      <input type="checkbox" id={`service-${s.id}`} name="services" value={s.id} checked={form.services.includes(s.id)} />
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
          {reveal(
            'total',
            <TextField
              kit={kit}
              id="budget"
              label="Annual cost today of the services you chose"
              hint={`In pounds, for example 2,500,000 or 2.5m. We split it between the services using typical shares. Until you change it, we show a typical figure for a ${orgName}.`}
              value={form.budget}
              before="£"
            />,
          )}
          {mode('each', 'A figure for each service')}
          {reveal('each', form.mode === 'each' && <CostFields data={data} form={form} kit={kit} />)}
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

      <OwnAssumptions data={data} form={form} kit={kit} panel={own} reset={() => on.update({ own: {} })} />

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
