/**
 * The search synonyms (content/search/synonyms.yaml) against the site's own
 * words. The schema checks each entry's shape; this checks what the schema
 * cannot see:
 * - an entry whose term no page uses leads nowhere (an error);
 * - a word listed twice in the file, or one that is the term itself, does
 *   nothing more than once (advice).
 * The build gives an entry's words to the pages with its term in their title
 * or summary (src/integrations/synonyms.ts, the same matching used here) and
 * warns when there is none.
 */
import { hasWords, words } from '../../src/integrations/synonyms.ts';
import { lineOf, type YamlSource } from './files.ts';
import type { PageText } from './page-text.ts';
import type { Problem } from './problems.ts';

interface Entry {
  id?: unknown;
  term?: unknown;
  words?: unknown;
}

export function checkSynonyms(src: YamlSource, pages: PageText[]): Problem[] {
  const data = src.doc.errors.length ? undefined : (src.doc.toJS() as unknown);
  if (!Array.isArray(data)) return [];
  const problems: Problem[] = [];
  const name = (e: Entry, i: number) => (typeof e.id === 'string' ? `entry "${e.id}"` : `entry ${i + 1}`);
  // Splitting every block into words is the slow part, so only blocks that
  // could hold the term are split, each at most once. A term's first word
  // less its last letter is in any form of it ("bod" in "bodies").
  const blocks = pages.flatMap((p) => p.blocks.map((b) => ({ lower: b.text.toLowerCase(), split: undefined as string[] | undefined })));
  const used = (term: string) => {
    const t = words(term);
    const probe = t[0] && t[0].length > 3 ? t[0].slice(0, -1) : t[0];
    return !!probe && blocks.some((b) => b.lower.includes(probe) && hasWords((b.split ??= words(b.lower)), t));
  };
  const seen = new Map<string, { entry: string; word: string }>();
  (data as Entry[]).forEach((e, i) => {
    if (!e || typeof e !== 'object') return;
    if (typeof e.term === 'string' && e.term.trim().length >= 2 && !used(e.term)) {
      problems.push({
        file: src.file,
        line: lineOf(src, [i, 'term']),
        field: `[${i}].term`,
        wrong: `${name(e, i)}: no page uses the term "${e.term}", so its words would lead nowhere`,
        fix: 'write the term as a page title or summary writes it (capitals and plurals do not matter), or remove the entry',
        severity: 'error',
      });
    }
    if (!Array.isArray(e.words)) return;
    e.words.forEach((w: unknown, j: number) => {
      if (typeof w !== 'string') return;
      const key = words(w).join(' ');
      if (typeof e.term === 'string' && key === words(e.term).join(' ')) {
        problems.push({ file: src.file, line: lineOf(src, [i, 'words', j]), field: `[${i}].words[${j}]`, wrong: `"${w}" is the term itself, which the page already uses`, fix: 'remove it: list only the words officers type instead', severity: 'warning' });
        return;
      }
      const other = seen.get(key);
      if (other?.entry === name(e, i)) {
        problems.push({ file: src.file, line: lineOf(src, [i, 'words', j]), field: `[${i}].words[${j}]`, wrong: `"${w}" is "${other.word}" again: search already finds singulars and plurals alike`, fix: 'remove one of them', severity: 'warning' });
      } else if (other) {
        problems.push({ file: src.file, line: lineOf(src, [i, 'words', j]), field: `[${i}].words[${j}]`, wrong: `"${w}" is also listed in ${other.entry}, so a search for it finds the pages of both`, fix: 'keep it in the entry it belongs to and remove the other', severity: 'warning' });
      } else seen.set(key, { entry: name(e, i), word: w });
    });
  });
  return problems;
}
