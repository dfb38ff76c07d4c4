/**
 * Publishing rules, kept free of Astro imports so they can be unit-tested.
 *
 * An item is live when it is not a draft and its date has come. "Today" is
 * the day in London when the site is built, so a scheduled item appears with
 * the first build on its date: the publish workflow rebuilds every day just
 * after midnight (.github/workflows/publish.yml).
 */

/**
 * The site's time zone. A news item dated 2 June belongs to 2 June in
 * London: in summer London's day starts at 23:00 UTC the evening before, and
 * a build in that hour must already count it as 2 June.
 */
export const SITE_TIME_ZONE = 'Europe/London';

const londonDay = new Intl.DateTimeFormat('en-CA', { timeZone: SITE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in London as YYYY-MM-DD (en-CA writes dates in that order). */
export function siteToday(now = new Date()): string {
  return londonDay.format(now);
}

export function isLive(data: { draft?: boolean; date?: Date; start?: Date }, now = new Date()): boolean {
  if (data.draft) return false;
  // Frontmatter dates are calendar days, read as midnight UTC; compare days, not instants.
  if (data.date && data.date.toISOString().slice(0, 10) > siteToday(now)) return false;
  return true;
}

/** The day a YYYY-MM-DD text names, or null if it names none (2026-02-30, 02/03/2026, "8 July"). */
export function calendarDay(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] ? d : null;
}
