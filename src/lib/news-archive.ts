/**
 * Whether the news is an archive. Every item so far dates from 2014, and a
 * visitor years later must not read them as today's news, so once the newest
 * item is more than a year old the home page and the news index say so.
 * Worked out at build time; the site is rebuilt every day (content/README.md,
 * "The daily run"), so the wording follows the calendar.
 */
import { formatDateAs } from './format';

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

export interface Archive {
  /** true when the newest item is more than a year old. */
  old: boolean;
  /** The newest item's month and year: "June 2014". */
  newest: string;
}

export function newsArchive(dates: Date[], today: Date = new Date()): Archive | undefined {
  if (!dates.length) return undefined;
  const newest = new Date(Math.max(...dates.map((d) => d.getTime())));
  return { old: today.getTime() - newest.getTime() > YEAR_MS, newest: formatDateAs(newest, 'month') };
}
