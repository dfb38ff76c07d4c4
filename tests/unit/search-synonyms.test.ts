/**
 * The search synonyms file (content/search/synonyms.yaml): the content check's
 * messages for a broken one, and which pages an entry's words go to.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkContent } from '../../scripts/check-content/check';
import { formatProblem } from '../../scripts/check-content/problems';
import { hasTerm, synonymsFor, readSynonyms } from '../../src/integrations/synonyms';
import type { Synonym } from '../../src/schemas/search';

const BROKEN = `# A synonyms file with one problem per entry.
- id: ict
  term: ICT
  words:
    - IT support
- id: blockchain
  term: distributed ledger
  words:
    - blockchain
- id: no-words
  term: payroll
- id: quoted
  term: payroll
  words:
    - "pay, roll"
- id: again
  term: human resources
  words:
    - IT support
    - organizational development
`;

let dir: string;
let lines: string[];
beforeAll(() => {
  // Inside the repository, as the check reports paths from its root.
  dir = mkdtempSync(join(process.cwd(), '.synonyms-test-'));
  mkdirSync(join(dir, 'search'));
  writeFileSync(join(dir, 'search/synonyms.yaml'), BROKEN);
  const rel = relative(process.cwd(), dir);
  lines = checkContent({ dirs: ['content', rel], report: (f) => f.startsWith(`${rel}/`) }).problems.map(formatProblem);
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const at = (file: string) => `${relative(process.cwd(), dir)}/search/synonyms.yaml:${file}`;

describe('the content check on the synonyms file', () => {
  it('names an entry whose term no page uses', () => {
    expect(lines).toContain(
      `${at('7')}  [1].term  entry "blockchain": no page uses the term "distributed ledger", so its words would lead nowhere  write the term as a page title or summary writes it (capitals and plurals do not matter), or remove the entry`,
    );
  });

  it('says what is wrong with a field, in plain words, on its line', () => {
    expect(lines.find((l) => l.includes('[2].words'))).toMatch(/:10 {2}\[2\]\.words {2}.*words/);
    expect(lines.find((l) => l.includes('[3].words[0]'))).toContain('commas, quotes and brackets are not needed');
  });

  it('advises on a word listed in 2 entries, and leaves officers\' spellings alone', () => {
    expect(lines).toContain(`${at('19')}  [4].words[0]  "IT support" is also listed in entry "ict", so a search for it finds the pages of both  keep it in the entry it belongs to and remove the other`);
    expect(lines.some((l) => l.includes('American spelling'))).toBe(false);
  });

  it('passes the real file', () => {
    const real = checkContent({ report: (f) => f === 'content/search/synonyms.yaml' }).problems.filter((p) => p.severity === 'error');
    expect(real.map(formatProblem)).toEqual([]);
    // A whole check of content/: on a busy 2-core machine it takes longer than Vitest's 5 s default.
  }, 30_000);
});

describe('which pages an entry belongs to', () => {
  const entry = (term: string): Synonym => ({ id: 'x', term, words: ['y'] });

  it('matches a term in the title or summary, whatever its capitals or plural', () => {
    expect(hasTerm('Health bodies', 'health body')).toBe(true);
    expect(hasTerm('Council-owned companies', 'council-owned company')).toBe(true);
    expect(hasTerm('Information and communications technology (ICT)', 'ict')).toBe(true);
    expect(synonymsFor({ title: 'Payroll', summary: 'Paying staff on time.' }, [entry('business rates')])).toEqual([]);
    expect(synonymsFor({ title: 'Our services', summary: 'Business rates, council tax and more.' }, [entry('business rate')])).toHaveLength(1);
  });

  it('needs the whole term, in order', () => {
    expect(hasTerm('Business continuity and rates of pay', 'business rates')).toBe(false);
    expect(hasTerm('Rates for businesses', 'business rates')).toBe(false);
    expect(hasTerm('Political parties', 'party')).toBe(true);
  });

  it('the build stops on a broken file, naming the file and the entry', () => {
    expect(() => readSynonyms(join(dir, 'search/synonyms.yaml'))).toThrow(/^content\/search\/synonyms\.yaml: entry 3 \("no-words"\), words: list the words under words:/);
  });
});
