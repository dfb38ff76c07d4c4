/**
 * A low-to-high range in words, as the parts print it beneath a figure:
 * "£7m to £10.8m", "Year 2, month 3 to year 3, month 1". The second end
 * reads mid-sentence, and an end that never comes (a payback beyond the
 * horizon, Infinity) reads "Year 2, month 3, or not within 5 years" rather
 * than "Year 2, month 3 to Not within 5 years". Equal ends give no range.
 */
const midSentence = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

export function rangeWords(lo: number, hi: number, text: (n: number) => string): string {
  const a = text(lo);
  const b = text(hi);
  if (a === b) return '';
  return Number.isFinite(hi) ? `${a} to ${midSentence(b)}` : `${a}, or ${midSentence(b)}`;
}
