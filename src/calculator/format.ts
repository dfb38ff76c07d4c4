/**
 * Numbers as a UK finance officer reads them: "£10.5m", "£150,000", "−£1.2m".
 * Used by the island, the server-rendered page, the methodology page and the CSV
 * header, so a figure looks the same wherever it appears.
 */
/*
 * Written by hand rather than with Intl.NumberFormat: creating the first
 * formatter loads the browser's locale data, which measured 250 ms of main
 * thread on a 4-times-slowed CPU, more than everything else the island does
 * on load. British grouping is all we need.
 */
const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** A whole number's digits, never in exponent form (String(1e21) is "1e+21"). */
const digits = (n: number) => (n >= 1e21 ? BigInt(n).toString() : String(n));
/** Round to `dp` decimals (halves away from zero) and group the whole part: 1234.5 gives "1,234.5". */
function fixed(n: number, dp: number): string {
  const f = 10 ** dp;
  const r = Math.round(Math.abs(n) * f) / f;
  const [int, frac] = r >= 1e21 ? [digits(r)] : String(r).split('.');
  const sign = n < 0 && r !== 0 ? '-' : '';
  return `${sign}${group(int)}${frac ? `.${frac}` : ''}`;
}

/**
 * Millions to one decimal place, dropping a trailing ".0" as in "£40m". Rounded
 * as whole tenths so that £1,450,000 gives "1.5", as a finance officer rounds;
 * toFixed would work on the binary value just below 1.45 and give "1.4".
 */
const oneDp = (millions: number) => String(Math.round(millions * 10) / 10);

/** Thousands separators, no currency: "29,000,000". */
export const grouped = (n: number) => fixed(Number.isFinite(n) ? n : 0, 0);

/** A plain number with up to 2 decimals: "3.5". */
export const decimal = (n: number) => fixed(Number.isFinite(n) ? n : 0, 2);

/**
 * Money for reading: £m (one decimal) from £1m, £bn from £1bn, otherwise whole
 * pounds to the nearest £1,000 (to the pound below £10,000). An estimate quoted
 * to the pound would claim a precision the model does not have.
 */
export function money(n: number): string {
  const value = Number.isFinite(n) ? n : 0;
  let a = Math.abs(value);
  let text: string;
  if (a >= 999_950_000) text = `£${fixed(Math.round(a / 1e8) / 10, 1)}bn`;
  else if (a >= 999_950) text = `£${oneDp(a / 1e6)}m`;
  else {
    a = a >= 10_000 ? Math.round(a / 1000) * 1000 : Math.round(a);
    text = a >= 1_000_000 ? '£1m' : `£${group(String(a))}`;
  }
  // The minus sign (U+2212) reads as "minus" in screen readers and lines up with digits.
  return value < 0 && text !== '£0' ? `−${text}` : text;
}

/** Whole pounds with separators, for tables and the CSV: "£10,540,000". */
export function pounds(n: number): string {
  const v = Math.round(Number.isFinite(n) ? n : 0);
  return `${v < 0 ? '−' : ''}£${group(digits(Math.abs(v)))}`;
}

/** "6 months", "1 year", "1 year and 3 months". */
export function duration(months: number): string {
  const m = Math.max(0, Math.round(Number.isFinite(months) ? months : 0));
  const y = Math.floor(m / 12);
  const r = m % 12;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (!y) return part(r, 'month');
  return r ? `${part(y, 'year')} and ${part(r, 'month')}` : part(y, 'year');
}

/** When savings start, given the lead time in months: "Month 7 (after 6 months)". */
export function startsLabel(lead: number): string {
  return lead <= 0 ? 'Straight away' : `Month ${lead + 1} (after ${duration(lead)})`;
}

/** Payback, from the month it happens in (1 = the first month): "Year 2, month 3". */
export function paybackLabel(month: number | null, years: number): string {
  if (month === null) return `Not within ${years} year${years === 1 ? '' : 's'}`;
  return `Year ${Math.ceil(month / 12)}, month ${((month - 1) % 12) + 1}`;
}

/** A label mid-sentence: "District council" becomes "district council"; "London borough" and "ICT" keep their capitals. */
export function midSentence(label: string): string {
  return /^(London|[A-Z]{2,})\b/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** "£7m to £10.8m", or one figure when the range has none: the low and high cases, lowest first. */
export function rangeText(lo: number, hi: number, show: (n: number) => string = money): string {
  const a = show(lo);
  const b = show(hi);
  return a === b ? a : `${a} to ${b}`;
}

/** Payback for ranges, where Infinity means "not within the horizon". */
export const paybackOf = (month: number, years: number) => paybackLabel(Number.isFinite(month) ? month : null, years);

/** "1 year", "5 years". */
export const yearsText = (n: number) => `${n} year${n === 1 ? '' : 's'}`;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "1 December 2026", in the visitor's own time zone: the date they made the estimate. */
export const today = (d = new Date()) => `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
