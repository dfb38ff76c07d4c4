/**
 * Keep and share the estimate: the link (which holds every answer and the
 * visitor's own assumptions), a spreadsheet, a printout, and "talk to us".
 *
 * The buttons only work with JavaScript, so the server draws them hidden and
 * the island shows them once it is ready; without JavaScript the page says
 * what to do instead. The spreadsheet is written by ../../csv.ts when asked
 * for, with the list of every assumption fetched then.
 */
import './share.css';

/** The estimate's full address, wherever the site is served from. */
export const linkTo = (query: string) => `${location.origin}${location.pathname}?${query}`;

/** What the buttons do; absent on the server, where they are drawn hidden. */
export interface ShareActions {
  copy: () => void;
  download: () => void;
  print: () => void;
  /** Said once the link is copied. */
  copied: string;
}

export function KeepAndShare({ query, on }: { query: string; on?: ShareActions }) {
  return (
    <>
      <h3 class="no-print">Keep or share this estimate</h3>
      <ul class="calc-actions no-print">
        <li>
          <a href={`?${query}`}>Link to this estimate</a>{' '}
          <button type="button" class="calc-link-button" hidden={!on} onClick={on?.copy}>
            Copy the link
          </button>
          <span role="status" class="calc-copied">
            {on?.copied}
          </span>
        </li>
        <li>
          <button type="button" class="calc-link-button" hidden={!on} onClick={on?.download}>
            Download the figures and every assumption as a spreadsheet (comma-separated values, CSV)
          </button>
          <noscript>The spreadsheet download needs JavaScript.</noscript>
        </li>
        <li>
          <button type="button" class="calc-link-button" hidden={!on} onClick={on?.print}>
            Print this estimate
          </button>
          <noscript>Print this page from your browser's menu</noscript> (one sheet of A4, printed on both sides, with the
          assumptions)
        </li>
      </ul>
      <p class="no-print">
        {/* Only the inputs travel: the contact page works the figures out again with the same model. */}
        <a class="button" href={`/contact/?${query}`}>
          Talk to us about this estimate
        </a>
      </p>
    </>
  );
}
