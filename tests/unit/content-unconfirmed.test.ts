/**
 * Details that our sources do not give (the contact email, office addresses,
 * the reply promise, the privacy notice's statements, the social accounts)
 * carry `confirmed: false` in content/site/settings.yaml until someone checks
 * them. The content check lists each one as advice, naming the file, line and
 * field (what the builds do with them is in content-confirm.test.ts). Also: event periods ("2014-15") and the
 * step-by-step's rule that times come only from the calculator's data.
 */
import { describe, it, expect } from 'vitest';
import { parseDocument } from 'yaml';
import { checkUnconfirmed } from '../../scripts/check-content/unconfirmed';
import { checkContent } from '../../scripts/check-content/check';
import { formatProblem } from '../../scripts/check-content/problems';
import { eventSchema, joiningStepsSchema, METHOD_SLUGS } from '~/schemas';
import { readSingle } from '../support/content-entries';
import { joiningStepsPage } from '../../scripts/check-content/page-text';

const yamlSource = (text: string, file = 'content/site/settings.yaml') => ({ file, text, doc: parseDocument(text), firstLine: 1 });

describe('unconfirmed details', () => {
  it('warns on each confirmed: false, naming the field and the line to change', () => {
    const src = yamlSource(
      [
        'contact:',
        '  email:',
        '    value: someone@example.org',
        '    confirmed: false',
        '  offices:',
        '    - name: London Borough of Newham',
        '      lines: [A street, London]',
        '      confirmed: false',
        '    - name: London Borough of Havering',
        '      lines: [A road, Romford]',
        '      confirmed: true',
      ].join('\n'),
    );
    const found = checkUnconfirmed(src);
    expect(found.map((p) => [p.line, p.field, p.severity])).toEqual([
      [4, 'contact.email', 'warning'],
      [8, 'contact.offices[0]', 'warning'],
    ]);
    expect(formatProblem(found[0]!)).toBe(
      'content/site/settings.yaml:4  contact.email  "someone@example.org" is not in our sources and nobody has confirmed it yet: previews mark it "to be confirmed" and the production build will not publish it  check it against the councils\' own records, correct it if needed, then change confirmed: false to confirmed: true on this line',
    );
    expect(found[1]!.wrong).toMatch(/^the address given for London Borough of Newham is not in our sources/);
  });

  it('says nothing once every detail is confirmed', () => {
    expect(checkUnconfirmed(yamlSource('contact:\n  email:\n    value: a@b.org\n    confirmed: true\n'))).toEqual([]);
  });

  it('lists the real site settings still to confirm, as advice that does not stop publishing', () => {
    const mine = checkContent().problems.filter((p) => p.file === 'content/site/settings.yaml');
    expect(mine.every((p) => p.severity === 'warning')).toBe(true);
    // Each unsourced detail is either still flagged or has been confirmed in the file.
    const details = (readSingle('settings')!.data as { details: { field: string; confirmed: boolean }[] }).details;
    const expected = details.filter((d) => !d.confirmed).map((d) => d.field);
    expect(mine.map((p) => p.field).sort()).toEqual(expected.sort());
  });

  it('gives pages the value, with the flag beside it', () => {
    const settings = readSingle('settings')!.data as { contact: { email: string }; privacy: { dataController: string }; details: { field: string }[] };
    expect(typeof settings.contact.email).toBe('string');
    expect(settings.contact.email).toContain('@');
    expect(typeof settings.privacy.dataController).toBe('string');
    expect(settings.details.map((d) => d.field)).toContain('privacy.dataController');
  });
});

describe('event periods', () => {
  const base = { title: 'LGA annual conference', summary: 'A summary long enough to be useful in search results, written in plain English.', kind: 'conference' };
  const issues = (v: object) => {
    const r = eventSchema.safeParse({ ...base, ...v });
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts a year span and an open year, exactly as the plan writes them', () => {
    expect(issues({ period: '2014-15' })).toEqual([]);
    expect(issues({ period: '2014 or 2015' })).toEqual([]);
    expect(issues({ period: '1999-00' })).toEqual([]);
  });

  it('refuses a span that is not one year to the next, and a date as well as a period', () => {
    expect(issues({ period: '2014-16' })[0]).toMatch(/^period: "2014-16" is not a period the site can show/);
    expect(issues({ period: '2015 or 2014' })[0]).toMatch(/^period: /);
    expect(issues({ start: '2014-06-01', period: '2014-15' })).toEqual(['period: an event has a start date or a period, not both; keep the one the source gives and delete the other']);
    expect(issues({})[0]).toMatch(/^start: an event needs a start date or a period/);
  });

  it('the content check names the file, line and field', () => {
    const dir = 'tests/fixtures/content-bad';
    const lines = checkContent({ dirs: ['content', dir], report: (f) => f.endsWith('period-not-a-span.mdx') }).problems.map(formatProblem);
    expect(lines.join('\n')).toContain(`${dir}/events/period-not-a-span.mdx:5  period  "2014-16" is not a period the site can show  write a year span such as "2014-15"`);
  });
});

describe('joining, step by step', () => {
  const step = (extra: object = {}) => ({ id: 'talk', title: 'Talk to us', text: 'Start with an informal conversation.', ...extra });
  const page = (steps: object[]) => ({ title: 'Joining, step by step', summary: 'A summary long enough to be useful in search results, written in plain English.', intro: ['An introduction of more than twenty characters.'], steps });
  const everyRoute = step({ id: 'routes', routes: [...METHOD_SLUGS] });

  it('the real file passes, and names every route', () => {
    const data = readSingle('joiningSteps')!.data as { steps: { routes?: string[] }[] };
    expect(new Set(data.steps.flatMap((s) => s.routes ?? []))).toEqual(new Set(METHOD_SLUGS));
  });

  it('refuses a time written in the words, which would be a second copy of the calculator data', () => {
    const r = joiningStepsSchema.safeParse(page([step({ timing: 'About 6 months.' }), step({ id: 'b' }), everyRoute]));
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(/^a duration here would be a second copy of the calculator's figures/);
  });

  it('refuses a page that leaves a route out, and a first step that follows nothing', () => {
    const r = joiningStepsSchema.safeParse(page([step({ logic: 'and' }), step({ id: 'b' }), step({ id: 'c', routes: ['full-partner'] })]));
    const messages = r.success ? [] : r.error.issues.map((i) => i.message);
    expect(messages).toContain('no step is for the route tendered-customer; add it to the routes of the step where that route parts from the others');
    expect(messages).toContain('the first step cannot follow another; delete its logic line');
  });

  it('is read by the house-style rules as a page: its words, not its ids, links or route names', () => {
    const src = yamlSource(
      ['title: Joining', 'steps:', '  - id: tender', '    logic: or', '    title: Run a tender', '    routes: [tendered-customer]', '    text: You publish the notice on Find a Tender.', '    tasks:', '      - text: Talk to us', '        href: /contact/'].join('\n'),
      'content/joining/step-by-step.yaml',
    );
    expect(joiningStepsPage(src).blocks.map((b) => [b.field, b.text])).toEqual([
      ['title', 'Joining'],
      ['steps[0].title', 'Run a tender'],
      ['steps[0].text', 'You publish the notice on Find a Tender.'],
      ['steps[0].tasks[0].text', 'Talk to us'],
    ]);
  });
});
