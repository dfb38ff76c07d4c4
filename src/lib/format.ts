const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "30 June 2014", as GOV.UK writes dates. */
export function formatDate(d: Date): string {
  return longDate.format(d);
}

/** ISO date for <time datetime>. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Names in a sentence, as GOV.UK lists them: "A", "A and B", "A, B and C". */
export function listText(names: string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
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

/**
 * Proper nouns a title may start with that are not written in capitals.
 * Titles are in sentence case, so only the first word ever needs a decision;
 * add a name here when a new title starts with one.
 */
const PROPER_NOUNS = new Set(['London', 'Havering', 'Newham', 'Essex', 'England', 'Wales', 'Scotland', 'Britain', 'British', 'English', 'European', 'Whitehall']);

/**
 * A title for use mid-sentence ("for district councils", "Savings for a
 * London borough"): lower-cases the first letter of the first word only, and
 * only when that word is not a proper noun or an acronym. A whole-string
 * toLowerCase() would write "london boroughs" and "nhs trusts".
 */
export function midSentence(title: string): string {
  const [first = '', second = ''] = title.trim().split(/\s+/);
  const word = first.replace(/[^\p{L}\p{N}]/gu, '');
  const keep =
    /\p{Lu}.*\p{Lu}/u.test(word) || // an acronym or a capital inside the word: NHS, E2BN, HMRC
    PROPER_NOUNS.has(word) ||
    // The first of several capitalised words starts a name: "National Health Service bodies".
    (/^\p{Lu}/u.test(word) && /^\p{Lu}/u.test(second));
  return keep ? title : title.charAt(0).toLowerCase() + title.slice(1);
}
