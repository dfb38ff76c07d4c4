/**
 * "Change the assumptions": the visitor's own figures in place of ours, in a
 * GOV.UK details element. Each field shows our figure and its source; an
 * empty field uses ours. They travel in the link (state.ts, OWN_PARAMS) and
 * are marked "your figure" in the results, the printout and the CSV.
 *
 * The 20-odd fields are drawn only while the panel is open, so they are not
 * in the way of the first view, and a visit that never opens the panel never
 * builds or hydrates them. "Use all our figures again" is shown and hidden,
 * never redrawn, so a field keeps its focus as it comes and goes.
 */
import './assumptions.css';
import type { ModelData } from '../../model';
import type { FormState } from '../../state';
import { ownField } from '../../state';
import { TextField, type FieldKit } from '../form/fields';
import { GROUPS, groupOf, unitText } from './own';

/** How many of our figures the visitor has replaced. */
export const ownCount = (form: FormState) => Object.values(form.own).filter((v) => v.trim()).length;

export const ownSummary = (count: number) => `Change the assumptions${count ? ` (${count} changed)` : ''}`;

/**
 * Open when the visitor opened it, or, until they open or close it
 * themselves, when a link carries their own figures or one of them has a
 * problem.
 */
export const ownOpen = (form: FormState, kit: FieldKit, opened: boolean | null) =>
  (opened ?? ownCount(form) > 0) || kit.errors.some((e) => e.field.startsWith('own-'));

/**
 * Whether the panel is open, and what to do when the visitor opens or closes
 * it. Preact writes `open` only when it changes, so a visitor who closes the
 * panel while one of its figures has a problem is not overruled at the next
 * key press.
 */
export interface OwnPanel {
  open: boolean;
  toggled: (open: boolean) => void;
}

export function OwnFields({ data, form, kit }: { data: ModelData; form: FormState; kit: FieldKit }) {
  return (
    <>
      <p>
        Put in what you know. Leave a field empty to use our figure, shown under each with its source. Your figures travel in the
        link, the printout and the spreadsheet.
      </p>
      {GROUPS.map(([g, title]) => (
        <fieldset class="calc-field calc-own" key={g}>
          <legend class="calc-legend calc-legend--small">{title}</legend>
          {data.own
            .filter((s) => groupOf(s.key) === g)
            .map((s) => (
              <TextField
                key={s.key}
                kit={kit}
                id={ownField(s.key)}
                label={s.label}
                hint={`Our figure: ${unitText(s, s.value)} (${s.source}).`}
                value={form.own[s.key] ?? ''}
                before={s.unit === 'pounds' ? '£' : undefined}
                after={s.unit === 'months' ? 'months' : s.unit === 'pounds' ? undefined : '%'}
                short
              />
            ))}
        </fieldset>
      ))}
    </>
  );
}

interface Props {
  data: ModelData;
  form: FormState;
  kit: FieldKit;
  panel: OwnPanel;
  reset: () => void;
}

export function OwnAssumptions({ data, form, kit, panel, reset }: Props) {
  const count = ownCount(form);
  return (
    <details class="calc-details" open={panel.open} onToggle={(e) => panel.toggled(e.currentTarget.open)}>
      <summary>
        <span class="calc-details__summary">{ownSummary(count)}</span>
      </summary>
      <div class="calc-details__text">
        {panel.open && <OwnFields data={data} form={form} kit={kit} />}
        <p hidden={!count}>
          <button type="button" class="calc-link-button" onClick={reset}>
            Use all our figures again
          </button>
        </p>
      </div>
    </details>
  );
}
