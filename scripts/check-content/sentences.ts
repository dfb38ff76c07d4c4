/**
 * House style: short sentences. GOV.UK asks for 25 words or fewer, because
 * long sentences are harder to read, and harder still for readers with
 * dyslexia or reading in a second language. A warning, not an error: the writer
 * decides where to split.
 */
import { lineIn, type PageText } from './page-text.ts';
import type { Problem } from './problems.ts';

export const MAX_WORDS = 25;

/** Abbreviations whose full stop does not end a sentence ("No. 2", "e.g. payroll"). */
const ABBREVIATIONS = /(?<![\p{L}\p{N}'’])(?:e\.g|i\.e|etc|No|Nos|para|paras|s|ss|v|vs|cf|approx|Dr|Mr|Mrs|Ms|St)\.(?=\s)/gu;

/**
 * A sentence ends at . ! or ? (with any closing quote or bracket) before a
 * space and a capital, a digit, a £ sign or an opening quote, or at the end of
 * the block. Decimals (2.5) and addresses (GOV.UK) have no space after the
 * stop, so they never end one. Our own name starts with a small letter, so
 * "oneSource" after a stop starts a sentence too.
 */
const END = /[.!?]+["'”’)\]]*(?=\s+(?:["'“‘(]?[\p{Lu}\p{N}£]|oneSource)|\s*$)/gu;

export interface Sentence {
  /** Offset of its first character in the text. */
  at: number;
  text: string;
}

export function splitSentences(text: string): Sentence[] {
  const masked = text.replace(ABBREVIATIONS, (m) => `${m.slice(0, -1)}\u0000`);
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim()) out.push({ at: start + lead, text: raw.trim() });
    start = end;
  };
  for (const m of masked.matchAll(END)) push(m.index! + m[0].length);
  push(text.length);
  return out;
}

/** Words are runs between spaces that hold a letter or a digit: "£40m", "2014-15" and "re-engineering" are one word each. */
export function countWords(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const opening = (s: string, n = 8) => {
  const words = s.split(/\s+/);
  return words.length > n ? `${words.slice(0, n).join(' ')}...` : s;
};

/** A warning for each sentence over MAX_WORDS words, at the line where it starts. */
export function checkSentences(pages: PageText[]): Problem[] {
  const problems: Problem[] = [];
  for (const page of pages) {
    for (const block of page.blocks) {
      for (const s of splitSentences(block.text)) {
        const n = countWords(s.text);
        if (n <= MAX_WORDS) continue;
        problems.push({
          file: block.file,
          line: lineIn(block, s.at),
          field: block.field,
          wrong: `this sentence has ${n} words ("${opening(s.text)}"); house style is ${MAX_WORDS} or fewer`,
          fix: `split it in 2, or cut ${n - MAX_WORDS === 1 ? '1 word' : `${n - MAX_WORDS} words`}`,
          severity: 'warning',
        });
      }
    }
  }
  return problems;
}
