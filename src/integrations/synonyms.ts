/**
 * The comms team's search synonyms (content/search/synonyms.yaml): reading
 * them, and deciding which pages each entry belongs to. Used by the Pagefind
 * integration at the end of the build and by the content check, so the two
 * agree on what "a page uses the term" means.
 *
 * An entry belongs to a page whose title or summary has its term. Not the
 * body: "health body" is written on a dozen pages, but only the health bodies
 * page is about it, and giving "NHS trust" to every page that mentions health
 * bodies would bury that page among them.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { synonymSchema, type Synonym } from '../schemas/search';

export const SYNONYMS_FILE = 'content/search/synonyms.yaml';

/**
 * Words in lower case, each reduced to its singular in the simple English
 * way ("bodies" → "body", "councils" → "council"), so a term matches a title
 * whether either is singular or plural. Hyphens and other marks separate
 * words: "council-owned" is "council owned".
 */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => {
    if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
    if (w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
    if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
    return w;
  });
}

/** True when `text` has the words of `term` together and in order. */
export function hasTerm(text: string, term: string): boolean {
  return hasWords(words(text), words(term));
}

/** hasTerm for words already split, when one text is checked for many terms. */
export function hasWords(w: string[], t: string[]): boolean {
  if (!t.length) return false;
  outer: for (let i = 0; i + t.length <= w.length; i++) {
    for (let j = 0; j < t.length; j++) if (w[i + j] !== t[j]) continue outer;
    return true;
  }
  return false;
}

/** What a page shows about itself: its title and its summary (the meta description). */
export interface PageLabel {
  title: string;
  summary: string;
}

/** The entries that belong to a page. */
export function synonymsFor(page: PageLabel, entries: Synonym[]): Synonym[] {
  return entries.filter((e) => hasTerm(page.title, e.term) || hasTerm(page.summary, e.term));
}

/**
 * Reads and checks the synonyms file. A problem throws an error naming the
 * file, the entry and what is wrong, in the content check's words; the
 * content check itself reports each one on its line (scripts/check-content/).
 */
export function readSynonyms(path = SYNONYMS_FILE): Synonym[] {
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${SYNONYMS_FILE} could not be read: ${e instanceof Error ? e.message : e}. Run npm run check:content to see where.`);
  }
  if (data === null || data === undefined) return [];
  const result = z.array(synonymSchema).safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const [index, ...field] = issue.path;
    const entry = Array.isArray(data) && typeof index === 'number' ? (data[index] as { id?: unknown } | undefined) : undefined;
    const which = typeof index === 'number' ? `entry ${index + 1}${typeof entry?.id === 'string' ? ` ("${entry.id}")` : ''}` : 'the file';
    throw new Error(`${SYNONYMS_FILE}: ${which}${field.length ? `, ${field.join('.')}` : ''}: ${issue.message}. Run npm run check:content for every problem.`);
  }
  return result.data;
}
