/**
 * "Change the assumptions": the visitor's own figures in place of ours, in a
 * GOV.UK details element. Each field shows our figure and its source; an
 * empty field uses ours. They travel in the link (state.ts, OWN_PARAMS) and
 * are marked "your figure" in the results, the printout and the CSV.
 */
import './assumptions.css';
import { useState } from 'preact/hooks';
import type { ModelData } from '../../model';
import type { FormState } from '../../state';
import { ownField } from '../../state';
import { TextField, type FieldKit } from '../form/Form';
import { GROUPS, groupOf, unitText } from './own';

interface Props {
  data: ModelData;
  form: FormState;
  kit: FieldKit;
  update: (patch: Partial<FormState>) => void;
}

export function OwnAssumptions({ data, form, kit, update }: Props) {
  const set = (key: string, v: string) => update({ own: { ...form.own, [key]: v } });
  const count = Object.values(form.own).filter((v) => v.trim()).length;
  // Opened by the visitor, by a link that carries their own figures, or by a problem in one of them.
  const [opened, setOpened] = useState<boolean | null>(null);
  const open = (opened ?? count > 0) || kit.errors.some((e) => e.field.startsWith('own-'));
  return (
    <details class="calc-details" open={open} onToggle={(e) => setOpened(e.currentTarget.open)}>
      <summary>
        <span class="calc-details__summary">Change the assumptions{count ? ` (${count} changed)` : ''}</span>
      </summary>
      {/* The 20-odd fields are drawn only once the panel is open, so a visit that
          never opens it does not pay to build and hydrate them. */}
      {open && <div class="calc-details__text">
        <p>
          Put in what you know. Leave a field empty to use our figure, shown under each with its source. Your figures travel in
          the link, the printout and the spreadsheet.
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
                  onInput={(v) => set(s.key, v)}
                  after={s.unit === 'months' ? 'months' : '%'}
                  short
                />
              ))}
          </fieldset>
        ))}
        {count > 0 && (
          <p>
            <button type="button" class="calc-link-button" onClick={() => update({ own: {} })}>
              Use all our figures again
            </button>
          </p>
        )}
      </div>}
    </details>
  );
}
