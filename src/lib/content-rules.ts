/**
 * Publishing rules, kept free of Astro imports so they can be unit-tested.
 *
 * An item is live when it is not a draft and its date has come. The build
 * date is "now", so a scheduled item appears with the first build after its
 * date (the host should rebuild daily for scheduling to work).
 */
export function isLive(data: { draft?: boolean; date?: Date; start?: Date }, now = new Date()): boolean {
  if (data.draft) return false;
  if (data.date && data.date.getTime() > now.getTime()) return false;
  return true;
}

/** The day a YYYY-MM-DD text names, or null if it names none (2026-02-30, 02/03/2026, "8 July"). */
export function calendarDay(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] ? d : null;
}
