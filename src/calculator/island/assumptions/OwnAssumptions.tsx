/**
 * "Change the assumptions": the visitor's own figures in place of ours, in a
 * GOV.UK details element. Each field shows our figure and its source; an
 * empty field uses ours. They travel in the link (state.ts, OWN_PARAMS) and
 * are marked "your figure" in the results, the printout and the CSV.
 *
 * The 20-odd fields come in a template at the end of the calculator
 * (Calculator.tsx), which the controller copies in when the panel first
 * opens: they are not in the way of the first view, and a visit that never
 * opens the panel never builds them. "Use all our figures again" is shown
 * and hidden, never redrawn, so a field keeps its focus as it comes and goes.
 */
import './assumptions.css';
import type { ModelData } from '../../model';
import type { FormState } from '../../state';
import { ownField } from '../../state';
import { TextField, type FieldKit } from '../form/Form';
import { GROUPS, groupOf, unitText } from './own';

interface Props {
  data: ModelData;
  form: FormState;
  kit: FieldKit;
}

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

export function OwnFields({ data, form, kit }: Props) {
  return (
    <>
      <p>
        Put in what you know. Leave a field empty to use our figure, shown under each with its source. Your figures travel in the
        link, the printout and the spreadsheet.
      </p>
      {GROUPS.map(([g, title]) => (
        <fieldset class="calc-field calc-own">
          <legend class="calc-legend calc-legend--small">{title}</legend>
          {data.own
            .filter((s) => groupOf(s.key) === g)
            .map((s) => (
              <TextField
                kit={kit}
                id={ownField(s.key)}
                label={s.label}
                hint={`Our figure: ${unitText(s, s.value)} (${s.source}).`}
                value={form.own[s.key] ?? ''}
                after={s.unit === 'months' ? 'months' : '%'}
                short
              />
            ))}
        </fieldset>
      ))}
    </>
  );
}

export function OwnAssumptions({ form }: { form: FormState }) {
  return (
    <details class="calc-details">
      <summary>
        <span class="calc-details__summary">{ownSummary(ownCount(form))}</span>
      </summary>
      <div class="calc-details__text">
        <div class="calc-part" data-part="own-fields"></div>
        {/* Shown while the visitor has replaced any of our figures (the controller's syncForm). */}
        <p data-own-reset hidden={ownCount(form) === 0}>
          <button type="button" class="calc-link-button" data-action="own-reset">
            Use all our figures again
          </button>
        </p>
      </div>
    </details>
  );
}
