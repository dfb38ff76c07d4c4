const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "30 June 2014", as GOV.UK writes dates. */
export function formatDate(d: Date): string {
  return longDate.format(d);
}

/** ISO date for <time datetime>. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}
