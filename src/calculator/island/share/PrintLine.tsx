/**
 * The line a printout carries so it can be traced: when and with which
 * version of the calculator the estimate was made, and the address that
 * shows it again. The server knows only the build date and the site's own
 * address; in the browser the controller writes today's date and the
 * address of the estimate on screen (data-print).
 */
interface Props {
  version: string;
  query: string;
  /** The build date, "30 June 2026", until the browser supplies today's. */
  built: string;
  /** The calculator's address on the public site, until the browser supplies its own. */
  home: string;
}

export function PrintLine({ version, query, built, home }: Props) {
  return (
    <p class="calc-print-only">
      Estimate made on <span data-print="date">{built}</span> with the oneSource savings calculator (version {version}). To see
      it again, go to <span data-print="link">{`${home}?${query}`}</span>
    </p>
  );
}
