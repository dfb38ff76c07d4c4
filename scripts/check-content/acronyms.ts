/**
 * House style: spell an acronym out the first time a page uses it, "Local
 * Government Pension Scheme (LGPS)" or "The MJ (Municipal Journal)", so a
 * reader who arrives on that page from a search is never left guessing.
 *
 * Every run of 2 or more capitals is checked, listed or not, so a new
 * acronym cannot slip through because nobody added it to the list.
 * content/site/acronyms.yaml gives the full name the advice quotes, and marks
 * the few the site never spells out (UK, EU), with the reason. A page's title
 * is not counted: the first sentence that uses the acronym must spell it out.
 *
 * A use counts as spelled out when the words next to it, in brackets or just
 * before the brackets, hold the acronym's letters in order as the starts of
 * words or as capitals: "Transfer of Undertakings (Protection of Employment)
 * (TUPE)", "HM Revenue and Customs (HMRC)", "East of England Broadband Network
 * (E2BN)". That accepts a full name the list does not know yet, and still
 * rejects a bracket that explains nothing.
 */
import { lineIn, type PageText } from './page-text.ts';
import type { Problem } from './problems.ts';

export interface AcronymEntry {
  acronym: string;
  expansion?: string;
  noExpansion?: string;
}

/** 2 or more capitals (digits allowed after the first): HR, TUPE, E2BN. A plural "s" or a suffix ("TUPEed") is the same acronym. */
const ACRONYM = /(?<![\p{L}\p{N}])([A-Z][A-Z0-9]*[A-Z][A-Z0-9]*)(?![A-Z0-9])/gu;

/** The letters a phrase offers for an acronym: the first of each word and every capital ("HM Revenue" gives h, m, r). */
function initials(phrase: string, skip: string): string {
  let out = '';
  for (const word of phrase.split(/[\s\-–—/(),]+/)) {
    if (!word || word === skip) continue;
    const letters = word.replace(/^[^\p{L}\p{N}]+/u, '');
    if (!letters) continue;
    out += letters[0]!.toLowerCase();
    for (const ch of letters.slice(1)) if (/\p{Lu}/u.test(ch)) out += ch.toLowerCase();
  }
  return out;
}

/** True when `letters` occur in `within` in order (not necessarily together). */
function inOrder(letters: string, within: string): boolean {
  let i = 0;
  for (const ch of within) if (ch === letters[i]) i++;
  return i === letters.length;
}

const letters = (acronym: string) => acronym.toLowerCase().replace(/[^a-z]/g, '');

/**
 * Is the acronym at `index` in `text` written with its full name? Either the
 * brackets round it follow the full name, or brackets after it hold the full
 * name. A known expansion, written out exactly, always counts.
 */
export function spelledOutAt(text: string, index: number, acronym: string, expansion?: string): boolean {
  const want = letters(acronym);
  const end = index + acronym.length;
  // "Full name (ABC)" or "Full name (UK ABC)": the acronym inside brackets, the name before them.
  const open = text.lastIndexOf('(', index);
  const close = text.indexOf(')', index);
  if (open >= 0 && close >= end && !text.slice(open + 1, index).includes(')')) {
    const before = text.slice(0, open).trimEnd();
    if (expansion && before.toLowerCase().endsWith(expansion.toLowerCase())) return true;
    // The name is at most a few words longer than the acronym, and within the same sentence.
    const words = before.split(/(?<=[.!?])\s+/).pop()!.split(/\s+/);
    const name = words.slice(-(acronym.length * 2 + 2)).join(' ');
    if (inOrder(want, initials(name, acronym))) return true;
    // "(comma-separated values, CSV)": the full name inside the same brackets.
    if (inOrder(want, initials(text.slice(open + 1, index), acronym))) return true;
  }
  // "ABC (Full name)".
  const after = /^\s*\(([^)]*(?:\([^)]*\)[^)]*)*)\)/.exec(text.slice(end));
  if (after) {
    const inside = after[1]!;
    if (expansion && inside.toLowerCase().includes(expansion.toLowerCase())) return true;
    if (inOrder(want, initials(inside, acronym))) return true;
  }
  return false;
}

/** A warning at the first use of each acronym that comes before the page spells it out. */
export function checkAcronyms(pages: PageText[], known: AcronymEntry[]): Problem[] {
  const byName = new Map(known.map((k) => [k.acronym, k]));
  const problems: Problem[] = [];
  for (const page of pages) {
    const settled = new Set<string>();
    for (const block of page.blocks) {
      // The title is a label, not a sentence: "CIPFA annual conference" is fine as
      // long as the summary or the text spells CIPFA out. A title that spells an
      // acronym out, "Information and communications technology (ICT)", still counts.
      const title = block.field === 'title';
      for (const m of block.text.matchAll(ACRONYM)) {
        const acronym = m[1]!;
        if (settled.has(acronym)) continue;
        const entry = byName.get(acronym);
        if (entry?.noExpansion) continue;
        const spelled = spelledOutAt(block.text, m.index!, acronym, entry?.expansion);
        if (title && !spelled) continue;
        settled.add(acronym);
        if (spelled) continue;
        problems.push({
          file: block.file,
          line: lineIn(block, m.index!),
          field: block.field,
          wrong: `"${acronym}" is used before this page spells it out`,
          fix: entry?.expansion
            ? `the first time, write "${entry.expansion} (${acronym})"`
            : `the first time, write the full name and then (${acronym}); add it to content/site/acronyms.yaml, with noExpansion and the reason if it needs no spelling out`,
          severity: 'warning',
        });
      }
    }
  }
  return problems;
}
