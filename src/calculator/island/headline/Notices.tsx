/**
 * What the visitor must know before the figures: a link we could not read in
 * full, a link made with an older version of the calculator, and the GOV.UK
 * error summary after "Update estimate".
 *
 * Only a followed link raises the first two, so the server writes them
 * hidden and the controller shows them (data-notice) and names what it could
 * not use (data-ignored). The error summary changes as the visitor corrects
 * answers, so it is a part the controller draws; its links move focus to the
 * field (the controller's click handler).
 */
import type { Child } from '~/lib/html/jsx-runtime';
import type { ModelData } from '../../model';
import type { FieldError } from '../../state';

function Notice({ id, title, children }: { id: string; title: string; children: Child }) {
  return (
    <div class="calc-notice" role="region" aria-labelledby={id} data-notice={id} hidden>
      <h2 id={id} class="calc-notice__title">
        {title}
      </h2>
      <p>{children}</p>
    </div>
  );
}

export function LinkNotices({ data }: { data: ModelData }) {
  return (
    <>
      <Notice id="calc-stale-title" title="The figures have been updated since this link was made">
        {`This link was made with an earlier version of the calculator. We show the same answers worked out with today's model and data (version ${data.version}). The figures may differ from the ones you were given.`}
      </Notice>
      <Notice id="calc-notice-title" title="We could not use all of your link">
        Part of the link you followed was missing or not valid, so we used our usual figures for the <span data-ignored></span>. Check
        the answers below before you rely on the estimate.
      </Notice>
    </>
  );
}

export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  return (
    <>
      {errors.length > 0 && (
        <div class="calc-error-summary" id="calc-error-summary" tabIndex={-1} aria-labelledby="calc-error-title">
          <div role="alert">
            <h2 id="calc-error-title" class="calc-error-summary__title">
              There is a problem
            </h2>
            <ul class="calc-error-summary__list">
              {errors.map((e) => (
                <li>
                  <a href={`#${e.field}`}>{e.message}</a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </>
  );
}
