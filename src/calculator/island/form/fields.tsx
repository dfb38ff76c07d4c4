/**
 * What every field of the calculator shares: its message and how it is
 * described, as GOV.UK forms do it. Both the form (Form.tsx) and the
 * visitor's own assumptions (../assumptions/) import it, so neither imports
 * the other.
 */
import type { ComponentChildren } from 'preact';
import type { FieldError } from '../../state';

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

/**
 * A text field with its label, hint, message and an optional £ or % beside
 * it. What the visitor types reaches the island through the form's own
 * input handler (Form.tsx), so a field needs no handler of its own.
 */
export function TextField(p: {
  kit: FieldKit;
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
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
