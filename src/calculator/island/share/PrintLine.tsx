/**
 * The line a printout carries so it can be traced: when and with which
 * version of the calculator the estimate was made, and the address that
 * shows it again. The server knows only the build date and the site's own
 * address; the browser's are filled in here, in this small part alone, so
 * the rest of the island is not drawn a second time on load.
 */
import { useEffect, useState } from 'preact/hooks';
import { today } from '../../format';
import { linkTo } from './KeepAndShare';

interface Props {
  version: string;
  query: string;
  /** The build date, "30 June 2026", until the browser supplies today's. */
  built: string;
  /** The calculator's address on the public site, until the browser supplies its own. */
  home: string;
}

export function PrintLine({ version, query, built, home }: Props) {
  // Today's date once loaded; the address is built on each draw, as the answers change it.
  const [date, setDate] = useState('');
  useEffect(() => setDate(today()), []);
  return (
    <p class="calc-print-only">
      Estimate made on {date || built} with the oneSource savings calculator (version {version}). To see it again, go to{' '}
      {date ? linkTo(query) : `${home}?${query}`}
    </p>
  );
}
