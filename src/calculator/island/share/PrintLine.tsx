/**
 * The line a printout carries so it can be traced: when and with which
 * version of the calculator the estimate was made, and the address that
 * shows it again. The server knows only the build date and the site's own
 * address; in the browser the island gives today's date and the address of
 * the estimate on screen.
 */
interface Props {
  version: string;
  /** "30 June 2026": the build date on the server, today's in the browser. */
  date: string;
  /** The address that shows this estimate again. */
  link: string;
}

export function PrintLine({ version, date, link }: Props) {
  return (
    <p class="calc-print-only">
      Estimate made on <span data-print="date">{date}</span> with the oneSource savings calculator (version {version}). To see
      it again, go to <span data-print="link">{link}</span>
    </p>
  );
}
