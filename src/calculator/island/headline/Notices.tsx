/**
 * What the visitor must know before the figures: a link we could not read in
 * full, a link made with an older version of the calculator, and the GOV.UK
 * error summary after "Update estimate".
 *
 * Only a followed link raises the first two, so the server draws them hidden
 * and the island shows them once it has read the link. The error summary's
 * links move focus to their field, as GOV.UK's do.
 */
import type { ComponentChildren, Ref } from 'preact';
import type { ModelData } from '../../model';
import type { FieldError, ParamKey } from '../../state';
import { listNames } from '../../state';

function Notice({ id, title, shown, children }: { id: string; title: string; shown: boolean; children: ComponentChildren }) {
  return (
    <div class="calc-notice" role="region" aria-labelledby={id} data-notice={id} hidden={!shown}>
      <h2 id={id} class="calc-notice__title">
        {title}
      </h2>
      <p>{children}</p>
    </div>
  );
}

/** What the link the visitor followed asked for that we could not use, and whether it was made with an older version. */
export interface LinkRead {
  ignored: ParamKey[];
  stale: boolean;
}

export function LinkNotices({ data, link }: { data: ModelData; link: LinkRead }) {
  return (
    <>
      <Notice id="calc-stale-title" title="The figures have been updated since this link was made" shown={link.stale}>
        {`This link was made with an earlier version of the calculator. We show the same answers worked out with today's model and data (version ${data.version}). The figures may differ from the ones you were given.`}
      </Notice>
      <Notice id="calc-notice-title" title="We could not use all of your link" shown={link.ignored.length > 0}>
        Part of the link you followed was missing or not valid, so we used our usual figures for the {listNames(link.ignored)}. Check the
        answers below before you rely on the estimate.
      </Notice>
    </>
  );
}

/** Shows the question and its label, as GOV.UK's error summary does, then moves focus to the field. */
function toField(e: MouseEvent) {
  e.preventDefault();
  const target = document.getElementById((e.currentTarget as HTMLAnchorElement).hash.slice(1));
  (target?.closest('.calc-field') ?? target)?.scrollIntoView();
  target?.focus({ preventScroll: true });
}

export function ErrorSummary({ errors, summary }: { errors: FieldError[]; summary?: Ref<HTMLDivElement> }) {
  return errors.length > 0 ? (
    <div class="calc-error-summary" id="calc-error-summary" tabIndex={-1} aria-labelledby="calc-error-title" ref={summary}>
      <div role="alert">
        <h2 id="calc-error-title" class="calc-error-summary__title">
          There is a problem
        </h2>
        <ul class="calc-error-summary__list">
          {errors.map((e) => (
            <li key={e.field}>
              <a href={`#${e.field}`} onClick={toField}>
                {e.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  ) : null;
}
