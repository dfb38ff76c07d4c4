/**
 * Keep and share the estimate: the link (which holds every answer and the
 * visitor's own assumptions), a spreadsheet, a printout, and "talk to us".
 * The spreadsheet is written by ../../csv.ts, loaded only when asked for, so
 * the page does not pay for it on every visit. The page's address and today's
 * date are read when a visitor asks for them, not kept in state: setting them
 * on load would redraw the whole island once more straight after hydration.
 */
import './share.css';
import { useEffect, useState } from 'preact/hooks';
import type { Estimate, ModelData } from '../../model';
import { today } from '../../format';

interface Props {
  data: ModelData;
  est: Estimate;
  query: string;
}

/** The estimate's full address, wherever the site is served from. */
export const linkTo = (query: string) => `${location.origin}${location.pathname}?${query}`;

export function KeepAndShare({ data, est, query }: Props) {
  const [copied, setCopied] = useState(false);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  async function download() {
    const { toCsv, loadAssumptions } = await import('../../csv');
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([toCsv(data, est, linkTo(query), today(), await loadAssumptions())], { type: 'text/csv;charset=utf-8' }));
    a.download = 'onesource-savings-estimate.csv';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }

  return (
    <>
      <h3 class="no-print">Keep or share this estimate</h3>
      <ul class="calc-actions no-print">
        <li>
          <a href={`?${query}`}>Link to this estimate</a>{' '}
          {ready && (
            <button type="button" class="calc-link-button" onClick={() => navigator.clipboard?.writeText(linkTo(query)).then(() => setCopied(true), () => {})}>
              Copy the link
            </button>
          )}
          <span role="status" class="calc-copied">
            {copied ? ' Link copied' : ''}
          </span>
        </li>
        <li>
          {ready ? (
            <button type="button" class="calc-link-button" onClick={download}>
              Download the figures and every assumption as a spreadsheet (comma-separated values, CSV)
            </button>
          ) : (
            'The spreadsheet download needs JavaScript.'
          )}
        </li>
        <li>
          <button type="button" class="calc-link-button" onClick={() => print()}>
            Print this estimate
          </button>{' '}
          (one sheet of A4, printed on both sides, with the assumptions)
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
