/**
 * `content/search/synonyms.yaml`: the words council officers type into the
 * search box, mapped to the words the site uses. The build gives each entry's
 * words to every page that has the term in its title or summary, as hidden
 * search metadata (src/integrations/pagefind.ts), so a search for "NHS trust"
 * finds the health bodies page without a visitor ever seeing the word list.
 */
import { z } from 'astro/zod';
import { slug } from './shared';

/** One officer's word or phrase: letters, digits, spaces and a few joining marks, as someone would type it. */
const word = z
  .string({ message: 'write each word or phrase as plain text, for example "IT support"' })
  .trim()
  .min(2, { message: 'a word needs at least 2 letters; a single letter would match almost every page' })
  .max(60, { message: 'keep each word or phrase under 60 characters: it is what someone types, not a sentence' })
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} '’&/.-]*$/u, {
    message: 'use letters, digits, spaces, hyphens and apostrophes only; commas, quotes and brackets are not needed (each phrase is its own line)',
  });

export const synonymSchema = z.object({
  /** A short name for the entry, in lower case with hyphens, used in messages: "health-body". */
  id: slug,
  /**
   * The site's own word, as a page title or summary writes it: "ICT",
   * "health body", "savings calculator". Singular or plural both match, and
   * capitals do not matter. The words go to every page with this in its title
   * or summary; the content check stops an entry whose term no page uses.
   */
  term: z
    .string({ message: 'write the term the site uses, for example "health body"' })
    .trim()
    .min(2, { message: 'the term needs at least 2 letters' })
    .max(80, { message: 'keep the term short: the words a title or summary uses, under 80 characters' }),
  /**
   * What officers type instead, each a line of its own: other names
   * ("NHS trust"), acronyms ("CCG"), common misspellings ("eletions") and
   * questions ("how much could we save"). At least 1, at most 20.
   */
  words: z
    .array(word, { message: 'list the words under words:, one per line starting with "- "' })
    .min(1, { message: 'give at least 1 word that officers type' })
    .max(20, { message: 'keep an entry to 20 words at most; split a long list into 2 entries with narrower terms' }),
});

export type Synonym = z.infer<typeof synonymSchema>;
