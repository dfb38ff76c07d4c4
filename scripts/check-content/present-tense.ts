/**
 * Facts from a dated source told as if they were true today. Most of what the
 * site says about oneSource itself comes from the business development plan
 * of May 2014: that it runs 21 services for Havering and Newham, that the 2
 * councils own its company. A reader in a later year cannot tell whether that
 * still holds, so such a sentence should say when ("in 2014"), cite a later
 * source, or say what we offer instead.
 *
 * Only the plan's own facts are looked for, in the present tense, in a
 * sentence with no year in it: a sentence that dates itself passes. A warning,
 * not an error: a writer may know a fact is still true, and can then cite it.
 */
import { splitSentences } from './sentences.ts';
import { lineIn, type PageText } from './page-text.ts';
import type { Problem } from './problems.ts';

/** The councils the plan's facts are about, however a page names them. */
const FOUNDERS = String.raw`(?:Havering|Newham|(?:the )?2 (?:councils|London boroughs)|(?:the )?two (?:councils|London boroughs)|(?:the )?founding councils)`;

/** Each is a claim about the present built on the 2014 plan. */
const CLAIMS: { re: RegExp; what: string }[] = [
  { re: new RegExp(String.raw`\b(?:we|oneSource)\s+(?:now\s+)?(?:run|runs|provide|provides|deliver|delivers|serve|serves|employ|employs)\b[^.;]*\b${FOUNDERS}`, 'i'), what: 'what we run for the founding councils' },
  { re: /\b(?:we|oneSource)\s+(?:now\s+)?(?:run|runs|have|has|employ|employs)\s+(?:21|1,350)\b/i, what: 'how many services or staff we have' },
  { re: new RegExp(String.raw`\b${FOUNDERS}\b[^.;]*\b(?:own|owns)\s+(?:the|a|its)\s+company\b`, 'i'), what: 'who owns the oneSource company' },
  { re: new RegExp(String.raw`\b(?:who|which)\s+(?:own|owns)\s+the\s+company\s+equally\b`, 'i'), what: 'who owns the oneSource company' },
];

/** A year, or words that place the sentence in the past or name a later source. */
const DATED = /\b(?:19|20)\d{2}\b|\bour (?:business development )?plan\b|\bwhen oneSource (?:began|started)\b/i;

const opening = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}...` : s);

export function checkPresentTense(pages: PageText[]): Problem[] {
  const problems: Problem[] = [];
  for (const page of pages) {
    for (const block of page.blocks) {
      for (const s of splitSentences(block.text)) {
        if (DATED.test(s.text)) continue;
        const claim = CLAIMS.find((c) => c.re.test(s.text));
        if (!claim) continue;
        problems.push({
          file: block.file,
          line: lineIn(block, s.at),
          field: block.field,
          wrong: `"${opening(s.text)}" tells ${claim.what} in the present tense, but the fact comes from our 2014 plan, and a reader today cannot tell whether it still holds`,
          fix: 'say when (for example "in 2014"), cite a later source, or say what we offer instead',
          severity: 'warning',
        });
      }
    }
  }
  return problems;
}
