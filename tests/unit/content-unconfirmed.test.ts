/**
 * Details that our sources do not give (the contact email, office addresses,
 * the reply promise, the data-controller statement) carry `confirmed: false`
 * in content/site/settings.yaml until someone checks them. The content check
 * lists each one as advice, naming the file, line and field; the schema gives
 * pages the value alone. Also: event periods ("2014-15") and the
 * step-by-step's rule that times come only from the calculator's data.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { checkUnconfirmed } from '../../scripts/check-content/unconfirmed';
import { checkContent } from '../../scripts/check-content/check';
import { formatProblem } from '../../scripts/check-content/problems';
import { eventSchema, joiningStepsSchema, settingsSchema, METHOD_SLUGS } from '~/schemas';
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
      'content/site/settings.yaml:4  contact.email  "someone@example.org" is not in our sources and nobody has confirmed it yet, but the site shows it  check it against the councils\' own records, correct it if needed, then change confirmed: false to confirmed: true on this line',
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
    const settings = parseDocument(readFileSync('content/site/settings.yaml', 'utf8')).toJS();
    const expected = [
      ['contact.email', settings.contact.email.confirmed],
      ['contact.response', settings.contact.response.confirmed],
      ...settings.contact.offices.map((o: { confirmed: boolean }, i: number) => [`contact.offices[${i}]`, o.confirmed]),
      ['privacy.dataController', settings.privacy.dataController.confirmed],
    ]
      .filter(([, confirmed]) => confirmed === false)
      .map(([field]) => field);
    expect(mine.map((p) => p.field).sort()).toEqual(expected.sort());
  });

  it('gives pages the value alone, and refuses a detail with no confirmed line', () => {
    const settings = readSingle('settings')!.data as { contact: { email: string; response: string }; privacy: { dataController: string } };
    expect(typeof settings.contact.email).toBe('string');
    expect(settings.contact.email).toContain('@');
    expect(typeof settings.privacy.dataController).toBe('string');
    const raw = parseDocument(readFileSync('content/site/settings.yaml', 'utf8')).toJS();
    raw.contact.email = { value: 'a@b.org' };
    const r = settingsSchema.safeParse(raw);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual(['contact.email.confirmed']);
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
