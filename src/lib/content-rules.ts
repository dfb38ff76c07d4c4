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
