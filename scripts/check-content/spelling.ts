/**
 * British spelling of the words the site uses most, plus the house style for
 * money and the placeholders that must never be published. A short list on
 * purpose: each entry is a word this site actually uses, so a match is almost
 * never a false alarm. Names of organisations that spell it their way
 * ("World Health Organization") are left alone.
 */

export interface TextRule {
  re: RegExp;
  /** The right form for a match, or advice. */
  fix: (match: string) => string;
  wrong: (match: string) => string;
  severity: 'error' | 'warning';
}

/** Keeps the writer's capitals: "Organization" -> "Organisation". */
const like = (model: string, word: string) => (model[0] === model[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word);

/** Stems whose -ize, -ization and -izing forms the site uses; British English writes -ise. */
const IZE_STEMS = [
  'organ', 'recogn', 'priorit', 'real', 'minim', 'maxim', 'util', 'optim', 'modern', 'central', 'decentral', 'special',
  'standard', 'summar', 'emphas', 'custom', 'final', 'author', 'categor', 'mobil', 'character', 'digit', 'rational',
  'local', 'stabil', 'harmon', 'apolog', 'critic', 'familiar', 'normal', 'visual', 'monet', 'capital', 'incentiv',
  'commercial', 'professional', 'privat', 'synchron', 'democrat', 'revital', 'galvan',
];
const IZE = new RegExp(`\\b(${IZE_STEMS.join('|')})i(z)(e|es|ed|ing|ation|ations|ational|er|ers)\\b`, 'gi');

const SWAPS: [RegExp, string][] = [
  // "Program" is right for software ("your email program"); everywhere else on this site it is a programme.
  [/(?<!(?:computer|software|email|e-mail|mail|antivirus|anti-virus)\s)\bprogram(s)?\b/gi, 'programme$1'],
  [/\bcenter(s)?\b/gi, 'centre$1'],
  [/\bcentered\b/gi, 'centred'],
  [/\banalyz(e|es|ed|ing)\b/gi, 'analys$1'],
  [/\bcatalog(s)?\b/gi, 'catalogue$1'],
  [/\blabor\b/gi, 'labour'],
  [/\bfavor(s|ed|ing|able|ably|ite|ites)?\b/gi, 'favour$1'],
  [/\bbehavior(s|al)?\b/gi, 'behaviour$1'],
  [/\benrollment(s)?\b/gi, 'enrolment$1'],
  [/\bfulfill(s|ment)?\b/gi, 'fulfil$1'],
  [/\bdefense\b/gi, 'defence'],
  [/\bmodeling\b/gi, 'modelling'],
  [/\bcounseling\b/gi, 'counselling'],
  [/\btraveled\b/gi, 'travelled'],
  [/\bcanceled\b/gi, 'cancelled'],
  [/\bcolor(s)?\b/gi, 'colour$1'],
];

/** Proper names that keep their own spelling. */
const NAMES = [/World Health Organization/g, /International Labor/g, /Program Management Institute/g];

export const RULES: TextRule[] = [
  {
    re: IZE,
    wrong: (m) => `"${m}" is American spelling`,
    fix: (m) => `write "${m.replace(/z/, 's').replace(/Z/, 'S')}"`,
    severity: 'error',
  },
  ...SWAPS.map(([re, to]): TextRule => ({
    re,
    wrong: (m) => `"${m}" is American spelling`,
    fix: (m) => `write "${like(m, m.replace(new RegExp(re.source, 'i'), to).toLowerCase())}"`,
    severity: 'error',
  })),
  {
    // The noun is "licence"; "license" is the verb. After a/the/your/our/this, or before fee/holder, it is the noun.
    re: /\b(?:a|the|your|our|their|this|that|each|no)\s+license\b|\blicense\s+(?:fee|fees|holder|holders|agreement|agreements)\b/gi,
    wrong: (m) => `"${m}" uses the verb's spelling for a noun`,
    fix: (m) => `write "${m.replace(/license/i, (w) => like(w, 'licence'))}"`,
    severity: 'error',
  },
  {
    re: /\b(?:to|will|can|may|must|we|they|you|councils?)\s+licence\b|\blicenced\b/gi,
    wrong: (m) => `"${m}" uses the noun's spelling for a verb`,
    fix: (m) => `write "${m.replace(/licence/i, 'license')}"`,
    severity: 'error',
  },
  {
    // House style: £40m, £10.3m, £1.2bn.
    re: /£\s?\d[\d,.]*\s*(?:[Mm]illion|[Bb]illion|M\b)|\d[\d,.]*\s+(?:[Mm]illion|[Bb]illion)\s+pounds/g,
    wrong: (m) => `"${m}" does not follow the house style for money`,
    fix: (m) => {
      const n = /\d[\d,.]*/.exec(m)![0];
      return /billion/i.test(m) ? `write "£${n}bn"` : `write "£${n}m"`;
    },
    severity: 'warning',
  },
  {
    re: /✎[^\n]*|\blorem ipsum\b|\bTBD\b|\bTBC\b|\bcoming soon\b|\bXXX+\b/gi,
    wrong: (m) => (m.startsWith('✎') ? 'this is still the scaffold\'s instruction, not your words' : `"${m}" is a placeholder`),
    fix: (m) => (m.startsWith('✎') ? 'replace the whole line starting ✎ with your own text' : 'write the real text, or leave the sentence out until you have it'),
    severity: 'error',
  },
];

export interface TextFinding {
  index: number;
  match: string;
  wrong: string;
  fix: string;
  severity: 'error' | 'warning';
}

/** Every rule broken in a piece of prose. */
export function checkText(text: string): TextFinding[] {
  let masked = text;
  for (const name of NAMES) masked = masked.replace(name, (m) => ' '.repeat(m.length));
  const out: TextFinding[] = [];
  for (const rule of RULES) {
    for (const m of masked.matchAll(rule.re)) {
      out.push({ index: m.index!, match: m[0], wrong: rule.wrong(m[0]), fix: rule.fix(m[0]), severity: rule.severity });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
