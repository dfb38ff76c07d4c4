/**
 * Facts from the 2014 plan told as if true today are flagged by the content
 * check; a sentence that says when, or says what we offer, passes. And the
 * news says it is an archive once its newest item is more than a year old.
 */
import { describe, it, expect } from 'vitest';
import { checkPresentTense } from '../../scripts/check-content/present-tense';
import { checkContent } from '../../scripts/check-content/check';
import { newsArchive } from '~/lib/news-archive';

const page = (...texts: string[]) => [{ file: 'content/pages/x.mdx', blocks: texts.map((text, i) => ({ file: 'content/pages/x.mdx', field: 'text', text, pieces: [{ at: 0, line: i + 10 }] })) }];
const flagged = (...texts: string[]) => checkPresentTense(page(...texts)).map((p) => p.line);

describe('present-tense facts from a dated source', () => {
  it('flags what the plan said in 2014, told in the present tense', () => {
    expect(flagged('We run 21 support services for Havering and Newham councils.')).toEqual([10]);
    expect(flagged('We run the back-office services of 2 London boroughs.')).toEqual([10]);
    expect(flagged('oneSource employs 1,350 staff.')).toEqual([10]);
    expect(flagged('Havering and Newham, who own the company equally, agree as shareholders.')).toEqual([10]);
  });

  it('lets a sentence that says when, or says what we offer, pass', () => {
    expect(flagged('In 2014 we brought together the back-office services of 2 London boroughs.')).toEqual([]);
    expect(flagged('When our plan was written in 2014, Havering and Newham owned the company half each.')).toEqual([]);
    expect(flagged('We offer the services a district council depends on.')).toEqual([]);
    expect(flagged('We run a tender for you.')).toEqual([]);
  });

  it('names the file, line and what to do', () => {
    const [p] = checkPresentTense(page('Intro.', 'We provide these services for 2 councils.'));
    expect(p).toMatchObject({ file: 'content/pages/x.mdx', line: 11, severity: 'warning', fix: 'say when (for example "in 2014"), cite a later source, or say what we offer instead' });
    expect(p!.wrong).toMatch(/^"We provide these services for 2 councils\." tells what we run for the founding councils in the present tense/);
  });

  it('finds none left in the real content', () => {
    const found = checkContent().problems.filter((p) => p.wrong.includes('in the present tense, but the fact comes from our 2014 plan'));
    expect(found.map((p) => `${p.file}:${p.line}`)).toEqual([]);
  });
});

describe('the news archive', () => {
  const june2014 = new Date(Date.UTC(2014, 5, 16));
  it('is an archive once the newest item is more than a year old', () => {
    expect(newsArchive([new Date(Date.UTC(2014, 3, 1)), june2014], new Date(Date.UTC(2026, 11, 8)))).toEqual({ old: true, newest: 'June 2014' });
  });
  it('is latest news while the newest item is recent, and nothing when there is none', () => {
    expect(newsArchive([june2014], new Date(Date.UTC(2014, 11, 1)))).toEqual({ old: false, newest: 'June 2014' });
    expect(newsArchive([])).toBeUndefined();
  });
});
