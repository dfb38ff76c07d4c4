/**
 * The headline estimate within sight of the form: on a phone the headline is
 * some 4,000 px below the first question, so a visitor changing an answer
 * could not see what it did. This bar sticks to the foot of the window while
 * the visitor is in the form, and rests in its own place at the end of the
 * form once the results come into view (position: sticky, bar.css), so it
 * takes no script to show or hide and never moves the page.
 *
 * It repeats the headline, so it is not a live region: the island announces
 * each change once (Calculator.tsx). It holds a fixed height, so a longer
 * route name or figure never shifts what follows, and the page keeps a
 * matching scroll padding, so a field moved into view by the keyboard is
 * never left underneath it.
 */
import './bar.css';
import type { RangedRoute } from '../../model';
import { spread } from '../../model';
import { money, rangeText } from '../../format';
import { Fig } from '../Fig';

export function EstimateBar({ chosen, behind }: { chosen: RangedRoute; behind: boolean }) {
  const [lo, mid, hi] = spread(chosen, (e) => e.annualSavings);
  return (
    <div class="calc-bar no-print" role="region" aria-label="Your estimate so far">
      <p class="calc-bar__text">
        <strong>{chosen.label}:</strong>{' '}
        {chosen.eligible ? (
          <>
            <Fig f="annual-savings" m={chosen.id} v={mid} r={[lo, hi]} x={{ 'data-scope': 'bar' }}>
              {`most likely ${money(mid)} a year`}
            </Fig>
            {lo === hi ? '. ' : ` (${rangeText(lo, hi)}). `}
          </>
        ) : (
          'not open to you. '
        )}
        {behind && 'For your last complete answers. '}
        <a href="#calc-results-title">See your estimate</a>
      </p>
    </div>
  );
}
