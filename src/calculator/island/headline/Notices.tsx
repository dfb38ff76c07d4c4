/**
 * What the visitor must know before the figures: a link we could not read in
 * full, a link made with an older version of the calculator, and the GOV.UK
 * error summary after "Update estimate".
 */
import type { RefObject } from 'preact';
import type { ModelData } from '../../model';
import { listNames, type FieldError, type ParamKey } from '../../state';

interface Props {
  data: ModelData;
  ignored: ParamKey[];
  stale: boolean;
  errors: FieldError[];
  summary: RefObject<HTMLDivElement>;
}

function Notice({ id, title, children }: { id: string; title: string; children: string }) {
  return (
    <div class="calc-notice" role="region" aria-labelledby={id} data-notice={id}>
      <h2 id={id} class="calc-notice__title">
        {title}
      </h2>
      <p>{children}</p>
    </div>
  );
}

function goTo(e: MouseEvent, id: string) {
  e.preventDefault();
  const el = document.getElementById(id);
  // Show the question and its label, as GOV.UK's error summary does, then focus the field.
  (el?.closest('.calc-field') ?? el)?.scrollIntoView();
  el?.focus({ preventScroll: true });
}

export function Notices({ data, ignored, stale, errors, summary }: Props) {
  return (
    <>
      {stale && (
        <Notice id="calc-stale-title" title="The figures have been updated since this link was made">
          {`This link was made with an earlier version of the calculator. We show the same answers worked out with today's model and data (version ${data.version}). The figures may differ from the ones you were given.`}
        </Notice>
      )}
      {ignored.length > 0 && (
        <Notice id="calc-notice-title" title="We could not use all of your link">
          {`Part of the link you followed was missing or not valid, so we used our usual figures for the ${listNames(ignored)}. Check the answers below before you rely on the estimate.`}
        </Notice>
      )}
      {errors.length > 0 && (
        <div class="calc-error-summary" ref={summary} tabIndex={-1} aria-labelledby="calc-error-title">
          <div role="alert">
            <h2 id="calc-error-title" class="calc-error-summary__title">
              There is a problem
            </h2>
            <ul class="calc-error-summary__list">
              {errors.map((e) => (
                <li key={e.field}>
                  <a href={`#${e.field}`} onClick={(ev) => goTo(ev, e.field)}>
                    {e.message}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </>
  );
}
