const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "30 June 2014", as GOV.UK writes dates. */
export function formatDate(d: Date): string {
  return longDate.format(d);
}

/** ISO date for <time datetime>. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date shown only as precisely as it is known: "1 July 2014", "July 2014" or "2014". */
export function formatDateAs(d: Date, precision: 'day' | 'month' | 'year'): string {
  if (precision === 'year') return String(d.getUTCFullYear());
  if (precision === 'month') return monthYear.format(d);
  return longDate.format(d);
}

/** The datetime attribute at the same precision ("2014-07" for a month). */
export function isoDateAs(d: Date, precision: 'day' | 'month' | 'year'): string {
  const iso = isoDate(d);
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
}
