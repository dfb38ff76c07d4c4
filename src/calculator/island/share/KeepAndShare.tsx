/**
 * Keep and share the estimate: the link (which holds every answer and the
 * visitor's own assumptions), a spreadsheet, a printout, and "talk to us".
 *
 * Drawn once, on the server. In the browser the controller keeps the two
 * links' addresses up to date (data-link), shows the buttons, which only work
 * with JavaScript (data-js), and says when the link is copied. Without
 * JavaScript the page says what to do instead. The spreadsheet is written by
 * ../../csv.ts when asked for, with the list of every assumption fetched
 * then.
 */
import './share.css';

/** The estimate's full address, wherever the site is served from. */
export const linkTo = (query: string) => `${location.origin}${location.pathname}?${query}`;

export function KeepAndShare({ query }: { query: string }) {
  return (
    <>
      <h3 class="no-print">Keep or share this estimate</h3>
      <ul class="calc-actions no-print">
        <li>
          <a href={`?${query}`} data-link="">
            Link to this estimate
          </a>{' '}
          <button type="button" class="calc-link-button" data-action="copy" data-js hidden>
            Copy the link
          </button>
          <span role="status" class="calc-copied" data-copied></span>
        </li>
        <li>
          <button type="button" class="calc-link-button" data-action="download" data-js hidden>
            Download the figures and every assumption as a spreadsheet (comma-separated values, CSV)
          </button>
          <noscript>The spreadsheet download needs JavaScript.</noscript>
        </li>
        <li>
          <button type="button" class="calc-link-button" data-action="print" data-js hidden>
            Print this estimate
          </button>
          <noscript>Print this page from your browser's menu</noscript> (one sheet of A4, printed on both sides, with the
          assumptions)
        </li>
      </ul>
      <p class="no-print">
        {/* Only the inputs travel: the contact page works the figures out again with the same model. */}
        <a class="button" href={`/contact/?${query}`} data-link="/contact/">
          Talk to us about this estimate
        </a>
      </p>
    </>
  );
}
