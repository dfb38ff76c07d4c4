/**
 * `npm run check:content` against tests/fixtures/content-bad/, a folder of
 * files each broken on purpose, laid over the real content. Every rule is
 * proved to name the file, the line and the field, to say what is wrong and
 * how to fix it, in the printed form "file:line  field  what is wrong  how to fix it".
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { checkContent } from '../../scripts/check-content/check';
import { formatProblem, type Problem } from '../../scripts/check-content/problems';
import { MDX_COLLECTIONS, DATA_FILES } from '../../scripts/check-content/collections';
import { judgeLink, buildRoutes } from '../../scripts/check-content/routes';
import { checkText } from '../../scripts/check-content/spelling';
import { explainMdxError } from '../../scripts/check-content/body';
import { splitSentences, countWords, checkSentences } from '../../scripts/check-content/sentences';
import { spelledOutAt, checkAcronyms } from '../../scripts/check-content/acronyms';
import type { PageText } from '../../scripts/check-content/page-text';

const FIXTURES = 'tests/fixtures/content-bad';
let lines: string[];
let problems: Problem[];

beforeAll(() => {
  problems = checkContent({ dirs: ['content', FIXTURES], report: (f) => f.startsWith(`${FIXTURES}/`), now: new Date('2026-06-01') }).problems;
  lines = problems.map(formatProblem);
});

/** The printed line for a fixture file and field, failing with everything found when there is none. */
function lineFor(file: string, field: string): string {
  const found = lines.filter((l) => l.startsWith(`${FIXTURES}/${file}:`) && l.split('  ')[1] === field);
  expect(found, `no problem reported for ${file} ${field}; found:\n${lines.join('\n')}`).not.toHaveLength(0);
  return found.join('\n');
}

describe('every message has four parts', () => {
  it('file:line, field, what is wrong, how to fix it', () => {
    expect(lines.length).toBeGreaterThan(20);
    for (const l of lines) {
      const parts = l.split('  ');
      expect(parts, l).toHaveLength(4);
      expect(parts[0], l).toMatch(/^tests\/fixtures\/content-bad\/[\w/.-]+\.mdx:\d+$/);
      for (const p of parts) expect(p.trim().length, l).toBeGreaterThan(2);
    }
  });

  it('the command prints them and exits 1 on errors', () => {
    const run = spawnSync(process.execPath, ['scripts/check-content.ts', '--dir', FIXTURES], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${FIXTURES}/news/2026-01-05-summary-too-long.mdx:3  summary  is 212 characters; search results cut summaries off at 160 characters  shorten it by 52 characters`);
    expect(run.stdout).toMatch(/Checked \d+ files under content \+ tests\/fixtures\/content-bad: \d+ errors, \d+ warnings?\./);
    // A whole Node process checking every file: on a busy 2-core machine it can take longer than Vitest's 5 s default.
  }, 30_000);
});

describe('frontmatter', () => {
  it('a summary too long for search results says by how much to shorten it', () => {
    // toContain: the same summary is also too long a sentence, a warning of its own.
    expect(lineFor('news/2026-01-05-summary-too-long.mdx', 'summary')).toContain(
      `${FIXTURES}/news/2026-01-05-summary-too-long.mdx:3  summary  is 212 characters; search results cut summaries off at 160 characters  shorten it by 52 characters`,
    );
  });

  it('a misspelt field name is caught, with the field it should be', () => {
    expect(lineFor('events/misspelt-field.mdx', 'summery')).toBe(
      `${FIXTURES}/events/misspelt-field.mdx:3  summery  is not a field of an event, so the site would ignore it  did you mean "summary"? Rename it`,
    );
    expect(lineFor('events/misspelt-field.mdx', 'summary')).toMatch(/:2 {2}summary {2}is missing {2}add it, for example: summary: "/);
  });

  it('a date is read only as YYYY-MM-DD: no guessing the order, and no day that does not exist', () => {
    expect(lineFor('events/dates-not-written-as-days.mdx', 'start')).toMatch(/:4 {2}start {2}"02\/03\/2026" is not written as YYYY-MM-DD {2}write it as YYYY-MM-DD, for example 2014-06-30 for 30 June 2014$/);
    expect(lineFor('events/dates-not-written-as-days.mdx', 'end')).toMatch(/:5 {2}end {2}"2026-02-30" is a day that does not exist {2}check the month and the day$/);
  });

  it('an event that ends before it starts', () => {
    expect(lineFor('events/misspelt-field.mdx', 'end')).toMatch(/:5 {2}end {2}the event ends \(2026-07-06\) before it starts \(2026-07-08\)/);
  });

  it('a colon in an unquoted title explains the quotes', () => {
    expect(lineFor('news/2026-01-07-colon-in-title.mdx', 'frontmatter')).toMatch(/:2 {2}frontmatter {2}this line has a second colon .* {2}put the whole value in double quotes/);
  });

  it('a news picture that is missing, and one without alt text', () => {
    expect(lineFor('news/2026-01-06-missing-image.mdx', 'image.src')).toMatch(/:6 {2}image\.src {2}there is no picture at \.\.\/images\/no-such-picture\.jpg {2}save the picture in content\/images\//);
    expect(lineFor('news/2026-01-06-missing-image.mdx', 'image.alt')).toMatch(/ {2}image\.alt {2}is missing {2}every image needs alt text/);
  });
});

describe('relations between files', () => {
  it('an unknown method or service slug suggests the one meant', () => {
    expect(lineFor('services/unknown-method.mdx', 'methods[1]')).toMatch(/:6 {2}methods\[1\] {2}"junior-partnr" is not a known on-boarding method {2}did you mean "junior-partner"\?/);
    expect(lineFor('services/unknown-method.mdx', 'related[0]')).toMatch(/:7 {2}related\[0\] {2}"payrol" is not a known service {2}did you mean "payroll"\?/);
  });

  it('a council-only route offered to an organisation that is not a council', () => {
    expect(lineFor('sectors/council-route-for-a-charity.mdx', 'methods[1]')).toMatch(/:7 {2}methods\[1\] {2}"full-partner" is open to councils only, and this sector has isCouncil: false {2}remove it/);
  });
});

describe('the body', () => {
  it('curly brackets in the text, which MDX would run as code, are caught', () => {
    expect(lineFor('events/dates-not-written-as-days.mdx', 'body')).toMatch(/:13 {2}body {2}\{two\} is read as a piece of code, not as words {2}to show curly brackets, write \\\{ and \\\}/);
  });

  it('a # heading in the body and a skipped level', () => {
    expect(lineFor('pages/headings-out-of-order.mdx', 'heading')).toContain(':6  heading  "# A second main heading" makes a second main heading; the page title is already the main heading  use ## for a section heading');
    expect(lineFor('pages/headings-out-of-order.mdx', 'heading')).toContain(':12  heading  "#### A sub-sub-section with nothing between" skips a level (after ##)  use ###');
  });

  it('links to pages that do not exist, without the closing slash, relative, or into the calculator with a bad preset', () => {
    const link = lineFor('pages/broken-links.mdx', 'link');
    expect(link).toContain(':8  link  there is no page at /services/payrol/  did you mean /services/payroll/?');
    expect(link).toContain(':8  link  /services/hr has no "/" at the end  write /services/hr/');
    expect(link).toContain(':10  link  "joining/" does not start with / so it depends on the page it is on');
    expect(link).toContain(':10  link  the link text "here" does not say where it goes');
    expect(link).toContain(':12  link  org=district-councl is not a known sector  did you mean "district-council"?');
  });

  it('British spelling of the site\'s key words, and licence the noun', () => {
    const text = lineFor('pages/american-spelling.mdx', 'text');
    expect(text).toContain(':6  text  "organization" is American spelling  write "organisation"');
    expect(text).toContain(':8  text  "program" is American spelling  write "programme"');
    expect(text).toContain(':8  text  "center" is American spelling  write "centre"');
    expect(text).toContain(':8  text  "recognize" is American spelling  write "recognise"');
    expect(text).toContain(':10  text  "a license" uses the verb\'s spelling for a noun  write "a licence"');
    expect(text).toContain(':10  text  "we licence" uses the noun\'s spelling for a verb  write "we license"');
  });

  it('scaffold instructions and placeholders left in', () => {
    const text = lineFor('news/2026-01-08-scaffold-left-in.mdx', 'text');
    expect(text).toContain(':7  text  this is still the scaffold\'s instruction, not your words  replace the whole line starting ✎ with your own text');
    expect(text).toContain(':11  text  "TBD" is a placeholder');
  });

  it('components used wrongly: no source, unknown slug, no alt, missing picture, unknown name, empty call-out', () => {
    expect(lineFor('pages/components-misused.mdx', '<KeyFigure> source')).toMatch(/:8 {2}<KeyFigure> source {2}source is missing {2}every figure must say where it comes from/);
    expect(lineFor('pages/components-misused.mdx', '<CalculatorLink> service')).toMatch(/:10 {2}<CalculatorLink> service {2}"payrol" is not a known service {2}did you mean "payroll"\?/);
    expect(lineFor('pages/components-misused.mdx', '<Figure> alt')).toMatch(/:12 {2}<Figure> alt {2}alt is missing {2}describe what the picture shows/);
    expect(lineFor('pages/components-misused.mdx', '<Figure> src')).toMatch(/:12 {2}<Figure> src {2}there is no picture called "no-such-photo\.jpg" in content\/images\//);
    expect(lineFor('pages/components-misused.mdx', '<Callot>')).toMatch(/:14 {2}<Callot> {2}there is no component called Callot {2}did you mean <Callout>\?/);
    expect(lineFor('pages/components-misused.mdx', '<Callout> type')).toMatch(/:16 {2}<Callout> type {2}type must be note, important or warning/);
    expect(lineFor('pages/components-misused.mdx', '<KeyFigure> proof')).toMatch(/:18 {2}<KeyFigure> proof {2}there is no headline figure "£41m" in content\/site\/messages\.yaml \(proofPoints\) {2}use one of: /);
    expect(lineFor('pages/components-misused.mdx', '<Callout>')).toMatch(/:16 {2}<Callout> {2}<Callout> has no text inside it {2}put the text between <Callout> and <\/Callout>/);
  });

  it('MDX that cannot be read at all, such as a tag never closed', () => {
    expect(lineFor('pages/unclosed-component.mdx', 'body')).toMatch(/:8 {2}body {2}<Callout> is opened but never closed {2}add <\/Callout> after the text it wraps/);
    expect(explainMdxError('3:19: Unexpected end of file in expression, expected a corresponding closing brace for `{`').fix).toContain('\\{');
  });
});

describe('the rules on their own', () => {
  const routes = buildRoutes(process.cwd(), { services: ['payroll'], joining: ['full-partner'], sectors: ['district-council'], pages: ['about'], news: [] }, [{ id: '2026-01-01-draft', why: 'a draft (draft: true)' }]);

  it('knows the fixed pages from src/pages and the files in public/', () => {
    for (const path of ['/', '/contact/', '/services/', '/services/payroll/', '/about/', '/news/rss.xml', '/favicon.png']) {
      expect(judgeLink(path, routes), path).toEqual({ ok: true });
    }
  });

  it('says a link to a draft is to something not yet published', () => {
    expect(judgeLink('/news/2026-01-01-draft/', routes)).toEqual({ ok: false, wrong: '/news/2026-01-01-draft/ is a draft (draft: true), so it is not on the site', fix: 'publish that item first, or remove the link' });
  });

  it('leaves other sites, email and anchors alone, but asks for https', () => {
    expect(judgeLink('https://www.gov.uk/', routes)).toEqual({ ok: true });
    expect(judgeLink('mailto:info@example.org', routes)).toEqual({ ok: true });
    expect(judgeLink('#how-it-works', routes)).toEqual({ ok: true });
    expect(judgeLink('http://www.gov.uk/', routes)).toMatchObject({ ok: false, severity: 'warning' });
  });

  it('does not flag software programs, names, or the right spellings', () => {
    expect(checkText('Open it in your email program. The World Health Organization agrees. We organise a programme from our centre under licence.')).toEqual([]);
  });

  it('asks for £40m style money', () => {
    expect(checkText('We will save £40 million.')).toMatchObject([{ match: '£40 million', fix: 'write "£40m"', severity: 'warning' }]);
    expect(checkText('We will save £40m, £10.3m and £150,000 and £1.34bn.')).toEqual([]);
  });
});

describe('house style: short sentences and acronyms spelled out (warnings)', () => {
  it('warns about a sentence over 25 words, at its line, and not about one of 25', () => {
    const found = lines.filter((l) => l.includes('long-sentences.mdx:'));
    expect(found).toEqual([
      `${FIXTURES}/pages/long-sentences.mdx:6  text  this sentence has 29 words ("This sentence runs on for far too long,..."); house style is 25 or fewer  split it in 2, or cut 4 words`,
      `${FIXTURES}/pages/long-sentences.mdx:16  text  this sentence has 26 words ("A list item is a sentence of its..."); house style is 25 or fewer  split it in 2, or cut 1 word`,
    ]);
    expect(problems.filter((p) => p.file.endsWith('long-sentences.mdx')).every((p) => p.severity === 'warning')).toBe(true);
  });

  it('warns at the first use of an acronym the page has not yet spelled out, once, quoting the full name from acronyms.yaml', () => {
    const found = lines.filter((l) => l.includes('acronyms-not-spelled-out.mdx:'));
    expect(found).toEqual([
      `${FIXTURES}/pages/acronyms-not-spelled-out.mdx:6  text  "LGPS" is used before this page spells it out  the first time, write "Local Government Pension Scheme (LGPS)"`,
      `${FIXTURES}/pages/acronyms-not-spelled-out.mdx:8  text  "ZQXW" is used before this page spells it out  the first time, write the full name and then (ZQXW); add it to content/site/acronyms.yaml, with noExpansion and the reason if it needs no spelling out`,
    ]);
  });

  it('splits sentences at full stops, not at abbreviations, decimals or addresses', () => {
    expect(splitSentences('We save £10.3m, e.g. on payroll. See GOV.UK for more. oneSource began in 2014.').map((s) => s.text)).toEqual([
      'We save £10.3m, e.g. on payroll.',
      'See GOV.UK for more.',
      'oneSource began in 2014.',
    ]);
    expect(countWords('Our £40m forecast for 2014-15 - re-engineering included.')).toBe(7);
  });

  it('reads YAML fields as sentences too, naming the field', () => {
    const long = `${'word '.repeat(26).trim()}.`;
    const page: PageText = { file: 'content/x.mdx', blocks: [{ file: 'content/x.mdx', field: 'summary', text: long, pieces: [{ at: 0, line: 3 }] }] };
    expect(checkSentences([page])).toMatchObject([{ file: 'content/x.mdx', line: 3, field: 'summary', severity: 'warning' }]);
  });

  it('counts a full name as spelled out when its words carry the letters, listed or not', () => {
    const at = (text: string, acronym: string, expansion?: string) => spelledOutAt(text, text.indexOf(acronym), acronym, expansion);
    expect(at('the East of England Broadband Network (E2BN) buys', 'E2BN')).toBe(true);
    expect(at('Under the UK General Data Protection Regulation (UK GDPR), you', 'GDPR')).toBe(true);
    expect(at('Transfer of Undertakings (Protection of Employment) (TUPE) rules', 'TUPE')).toBe(true);
    expect(at('The MJ (Municipal Journal) Awards', 'MJ')).toBe(true);
    expect(at('as a spreadsheet (comma-separated values, CSV)', 'CSV')).toBe(true);
    expect(at('staff move under the rules (TUPE) when', 'TUPE')).toBe(false);
    expect(at('Staff stay in the LGPS.', 'LGPS')).toBe(false);
  });

  it('leaves alone what acronyms.yaml marks as needing no spelling out, and each acronym after its first use', () => {
    const page: PageText = { file: 'f.mdx', blocks: [{ file: 'f.mdx', field: 'text', text: 'The UK and the EU. Human resources (HR) teams. HR again.', pieces: [{ at: 0, line: 1 }] }] };
    expect(checkAcronyms([page], [{ acronym: 'UK', noExpansion: 'well known' }, { acronym: 'EU', noExpansion: 'well known' }])).toEqual([]);
  });

  it('a title may use an acronym the text spells out, and a title that spells one out counts', () => {
    const block = (field: string, text: string) => ({ file: 'f.mdx', field, text, pieces: [{ at: 0, line: 1 }] });
    const known = [{ acronym: 'CIPFA', expansion: 'Chartered Institute of Public Finance and Accountancy' }];
    expect(checkAcronyms([{ file: 'f.mdx', blocks: [block('title', 'CIPFA annual conference'), block('summary', 'The Chartered Institute of Public Finance and Accountancy (CIPFA) meets.')] }], known)).toEqual([]);
    expect(checkAcronyms([{ file: 'f.mdx', blocks: [block('title', 'Information and communications technology (ICT)'), block('summary', 'ICT for councils.')] }], [])).toEqual([]);
    expect(checkAcronyms([{ file: 'f.mdx', blocks: [block('title', 'CIPFA annual conference'), block('summary', 'CIPFA meets.')] }], known)).toMatchObject([{ field: 'summary' }]);
  });

  it('the site itself has no long sentence and no acronym used before it is spelled out', () => {
    const site = checkContent({ now: new Date('2026-06-01') }).problems.filter((p) => /words \(|spells it out/.test(p.wrong));
    expect(site.map(formatProblem)).toEqual([]);
  });
});

describe('the check knows every collection the site has', () => {
  it('covers each folder and data file named in src/content.config.ts', () => {
    const config = readFileSync('src/content.config.ts', 'utf8');
    const folders = [...config.matchAll(/mdx\('([\w-]+)'\)/g)].map((m) => m[1]);
    const files = [
      ...[...config.matchAll(/file\('\.\/content\/([^']+)'\)/g)].map((m) => m[1]),
      ...[...config.matchAll(/pattern: '([^'*]+)', base: '\.\/content\/([^']+)'/g)].map((m) => `${m[2]}/${m[1]}`),
    ];
    expect(folders.length).toBeGreaterThan(5);
    expect(files.length).toBeGreaterThan(3);
    expect(MDX_COLLECTIONS.map((c) => c.folder).sort()).toEqual([...folders].sort());
    expect(DATA_FILES.map((d) => d.file).sort()).toEqual([...files].sort());
  });
});
