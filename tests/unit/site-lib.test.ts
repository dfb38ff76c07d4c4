import { describe, it, expect } from 'vitest';
import { serviceSchema, methodSchema, sectorSchema, newsSchema, settingsSchema, summary } from '~/schemas';
import { findRelationProblems, formatProblems, type ContentSet } from '~/lib/relations';
import { isLive } from '~/lib/content-rules';
import { calculatorHref } from '~/lib/links';
import { jsonLdScript, breadcrumbLd, serviceLd } from '~/lib/seo';
import { linkGlossaryTerms } from '~/lib/glossary-links';
import { midSentence } from '~/lib/format';
import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';

const validService = {
  title: 'Payroll',
  summary: 'Accurate, on-time pay for council staff, run by the people who pay 1,350 oneSource staff and many more.',
  family: 'people',
  levels: ['transactional'],
  methods: ['full-partner'],
  related: ['hr'],
  covers: ['Paying staff', 'Year-end returns'],
};

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('content schemas', () => {
  it('accept a well-formed service', () => {
    expect(issues(serviceSchema.safeParse(validService))).toEqual([]);
  });

  it('reject a summary too long for a search result, saying why', () => {
    const r = serviceSchema.safeParse({ ...validService, summary: 'x'.repeat(212) });
    expect(issues(r)).toEqual(['summary: search results cut summaries off at 160 characters; shorten it']);
  });

  it('name the field when a level is unknown or a list is empty', () => {
    const r = serviceSchema.safeParse({ ...validService, levels: [], family: 'catering' });
    const found = issues(r);
    expect(found.some((m) => m.startsWith('levels:') && m.includes('at least one level'))).toBe(true);
    expect(found.some((m) => m.startsWith('family:'))).toBe(true);
  });

  it('reject a slug with capitals or spaces in a relation', () => {
    const r = serviceSchema.safeParse({ ...validService, related: ['Human Resources'] });
    expect(issues(r)[0]).toMatch(/^related\.0: use lower-case letters/);
  });

  it('require every comparison point for a method', () => {
    const r = methodSchema.safeParse({ title: 'Full partner', summary: summaryText(), shortName: 'Full partner', councilsOnly: true });
    const fields = issues(r).map((m) => m.split(':')[0]);
    expect(fields).toEqual(expect.arrayContaining(['openTo', 'description', 'governance', 'compare']));
  });

  it('reject a news item with a bad date, naming the field and the format', () => {
    const schema = newsSchema(z.string());
    const r = schema.safeParse({ title: 'oneSource launches', summary: summaryText(), date: 'the first of April' });
    expect(issues(r)).toEqual(['date: "the first of April" is not written as YYYY-MM-DD; write it as YYYY-MM-DD, for example 2014-06-30 for 30 June 2014']);
  });

  it('read only YYYY-MM-DD as a date, never guessing the order, the year or a day that does not exist', () => {
    const schema = newsSchema(z.string());
    const at = (date: unknown) => schema.safeParse({ title: 'oneSource launches', summary: summaryText(), date });
    // 02/03/2026 would be read the American way as 3 February; "8 July" as 8 July 2001.
    expect(issues(at('02/03/2026'))).toEqual(['date: "02/03/2026" is not written as YYYY-MM-DD; write it as YYYY-MM-DD, for example 2014-06-30 for 30 June 2014']);
    expect(issues(at('8 July'))).toHaveLength(1);
    // A day that does not exist is refused rather than moved on to 2 March.
    expect(issues(at('2026-02-30'))).toEqual(['date: "2026-02-30" is a day that does not exist; check the month and the day']);
    // What the file says, and what Astro's frontmatter reader hands over for an unquoted date.
    expect(at('2014-04-01').data?.date.toISOString()).toBe('2014-04-01T00:00:00.000Z');
    expect(at(new Date(Date.UTC(2014, 3, 1))).data?.date.toISOString()).toBe('2014-04-01T00:00:00.000Z');
    expect(issues(at(new Date('2014-04-01T10:30:00Z')))).toHaveLength(1);
  });

  it('reject an image without alt text', () => {
    const schema = newsSchema(z.string());
    const r = schema.safeParse({ title: 'oneSource launches', summary: summaryText(), date: '2014-04-01', image: { src: './a.jpg' } });
    expect(issues(r)).toEqual(['image.alt: every image needs alt text describing what it shows']);
  });

  it('reject a sector without its routes', () => {
    const r = sectorSchema.safeParse({ title: 'District councils', summary: summaryText(), isCouncil: true, group: 'councils', label: 'District council', services: ['hr'] });
    expect(issues(r).map((m) => m.split(':')[0])).toEqual(['methods']);
  });

  it('check the site settings navigation paths', () => {
    const r = settingsSchema.safeParse({
      siteUrl: 'https://www.onesource.co.uk',
      name: 'oneSource',
      description: summaryText(),
      contact: {
        email: { value: 'not-an-email', confirmed: false },
        team: 'Team',
        response: { value: 'We reply in 5 days.', confirmed: true },
        offices: [{ name: 'x', lines: ['a', 'b'], confirmed: false }],
      },
      privacy: {
        dataController: { value: 'The 2 councils are joint data controllers.', confirmed: false },
        lawfulBasis: { value: 'The public task lawful basis applies.', confirmed: false },
        records: { value: 'Emails are kept as council records.', confirmed: false },
      },
      navigation: [{ label: 'Services', href: 'services' }, { label: 'About', href: '/about/' }, { label: 'News', href: '/news/' }],
    });
    expect(issues(r).map((m) => m.split(':')[0]).sort()).toEqual(['contact.email.value', 'navigation.0.href']);
  });

  it('measure the summary limit in characters', () => {
    expect(summary.safeParse('a'.repeat(160)).success).toBe(true);
    expect(summary.safeParse('a'.repeat(161)).success).toBe(false);
  });
});

function summaryText() {
  return 'A summary long enough to be useful in search results, written in plain English.';
}

describe('relations between collections', () => {
  const set = (): ContentSet => ({
    services: [
      { id: 'payroll', data: { methods: ['full-partner'], related: ['hr'] } },
      { id: 'hr', data: { methods: ['full-partner', 'tendered-customer'], related: ['payroll'] } },
    ],
    joining: [
      { id: 'full-partner', data: { councilsOnly: true } },
      { id: 'tendered-customer', data: { councilsOnly: false } },
    ],
    sectors: [
      { id: 'district-council', data: { isCouncil: true, methods: ['full-partner'], services: ['hr'] } },
      { id: 'university', data: { isCouncil: false, methods: ['tendered-customer'], services: ['payroll'] } },
    ],
    ways: [{ id: 'individual-services', data: { services: ['payroll'] } }],
  });

  it('find nothing wrong in consistent content', () => {
    expect(findRelationProblems(set())).toEqual([]);
  });

  it('name the file and field of a service that names an unknown method', () => {
    const s = set();
    s.services[0]!.data.methods.push('partner');
    s.services[0]!.filePath = 'content/services/payroll.mdx';
    const [p] = findRelationProblems(s);
    expect(p).toEqual({
      file: 'content/services/payroll.mdx',
      field: 'methods[1]',
      message: '"partner" is not a known on-boarding method. Use one of: full-partner, tendered-customer',
    });
    expect(formatProblems([p!])).toBe('  content/services/payroll.mdx  methods[1]  "partner" is not a known on-boarding method. Use one of: full-partner, tendered-customer');
  });

  it('catch a sector pointing at a missing service', () => {
    const s = set();
    s.sectors[1]!.data.services = ['payrol'];
    expect(findRelationProblems(s)).toEqual([
      { file: 'content/sectors/university.mdx', field: 'services[0]', message: '"payrol" is not a known service. Use one of: hr, payroll' },
    ]);
  });

  it('refuse a Joint Committee route for an organisation that is not a council', () => {
    const s = set();
    s.sectors[1]!.data.methods.push('full-partner');
    expect(findRelationProblems(s)[0]).toMatchObject({ file: 'content/sectors/university.mdx', field: 'methods[1]' });
    expect(findRelationProblems(s)[0]!.message).toContain('open to councils only');
  });

  it('catch duplicates and self-references', () => {
    const s = set();
    s.services[0]!.data.related = ['hr', 'hr', 'payroll'];
    const messages = findRelationProblems(s).map((p) => `${p.field} ${p.message}`);
    expect(messages).toEqual(['related[1] "hr" is listed twice; remove one', 'related a service cannot list itself as related']);
  });
});

describe('drafts and scheduling', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  it('hide drafts and future-dated items, show the rest', () => {
    expect(isLive({ draft: true, date: new Date('2014-01-01') }, now)).toBe(false);
    expect(isLive({ date: new Date('2027-01-01') }, now)).toBe(false);
    expect(isLive({ date: new Date('2026-11-25') }, now)).toBe(true);
    expect(isLive({ draft: false }, now)).toBe(true);
  });
});

describe('calculator links follow the link contract', () => {
  it('build preset links', () => {
    expect(calculatorHref()).toBe('/savings-calculator/');
    expect(calculatorHref({ services: ['payroll', 'hr'] })).toBe('/savings-calculator/?services=payroll,hr');
    expect(calculatorHref({ org: 'district-council', method: 'full-partner', budget: 58_000_000.4 })).toBe(
      '/savings-calculator/?org=district-council&budget=58000000&method=full-partner',
    );
  });
});

describe('structured data', () => {
  const site = new URL('https://www.onesource.co.uk');
  it('escapes "<" so content cannot close the script element', () => {
    const out = jsonLdScript([{ name: '</script><script>alert(1)</script>' }]);
    expect(out).not.toContain('<');
    expect(JSON.parse(out)['@graph'][0].name).toBe('</script><script>alert(1)</script>');
  });
  it('numbers breadcrumb positions from 1 with absolute URLs', () => {
    const ld = breadcrumbLd(site, [{ label: 'Home', href: '/' }, { label: 'Services', href: '/services/' }]);
    expect(ld.itemListElement[1]).toEqual({ '@type': 'ListItem', position: 2, name: 'Services', item: 'https://www.onesource.co.uk/services/' });
  });
  it('describes a service with its provider', () => {
    const ld = serviceLd(site, { title: 'Payroll', summary: 's', href: '/services/payroll/', category: 'People and HR' });
    expect(ld.provider['@id']).toBe('https://www.onesource.co.uk/#organization');
    expect(ld.url).toBe('https://www.onesource.co.uk/services/payroll/');
  });
});

describe('glossary links', () => {
  const terms = [
    { id: 'tupe', term: 'TUPE', aliases: ['TUPEed'] },
    { id: 'joint-committee', term: 'Joint Committee' },
  ];
  const tree = (children: unknown[]) => ({ type: 'root', children }) as never;
  const p = (text: string) => ({ type: 'element', tagName: 'p', children: [{ type: 'text', value: text }] });

  it('links only the first use of each term, in any case for phrases', () => {
    const t = tree([p('Staff are not TUPEed. The joint committee decides. TUPE again.'), p('Joint Committee again.')]);
    expect(linkGlossaryTerms(t, terms)).toBe(2);
    const html = JSON.stringify(t);
    expect(html.match(/glossary\/#tupe/g)).toHaveLength(1);
    expect(html.match(/glossary\/#joint-committee/g)).toHaveLength(1);
    expect(html).toContain('"value":"TUPEed"');
  });

  it('leaves headings and existing links alone, and does not match inside words', () => {
    const t = tree([
      { type: 'element', tagName: 'h2', children: [{ type: 'text', value: 'TUPE explained' }] },
      { type: 'element', tagName: 'a', properties: { href: '/x/' }, children: [{ type: 'text', value: 'TUPE' }] },
      p('STUPEFIED readers'),
      p('Then TUPE applies.'),
    ]);
    linkGlossaryTerms(t, terms);
    const json = JSON.stringify(t);
    expect(json.match(/glossary\/#tupe/g)).toHaveLength(1);
    expect(json).toContain('"value":"Then "');
  });
});

describe('titles mid-sentence keep their proper nouns and acronyms', () => {
  it('lower-cases only the first letter of an ordinary first word', () => {
    expect(midSentence('District councils')).toBe('district councils');
    expect(midSentence('Health body')).toBe('health body');
    expect(midSentence('Voluntary and community organisations')).toBe('voluntary and community organisations');
  });

  it('keeps place names, acronyms and names of several capitalised words', () => {
    expect(midSentence('London boroughs')).toBe('London boroughs');
    expect(midSentence('London borough')).toBe('London borough');
    expect(midSentence('Essex councils')).toBe('Essex councils');
    expect(midSentence('NHS trusts')).toBe('NHS trusts');
    expect(midSentence('E2BN members')).toBe('E2BN members');
    expect(midSentence('National Health Service bodies')).toBe('National Health Service bodies');
  });

  it('every sector title and label reads right after "for" and "a"', () => {
    for (const file of readdirSync('content/sectors').filter((f) => f.endsWith('.mdx'))) {
      const text = readFileSync(`content/sectors/${file}`, 'utf8');
      for (const field of ['title', 'label']) {
        const value = new RegExp(`^${field}: "?([^"\n]+)"?$`, 'm').exec(text)![1]!;
        const out = midSentence(value);
        expect(out.slice(1), `${file} ${field}`).toBe(value.slice(1));
        if (/^London\b/.test(value)) expect(out, `${file} ${field}`).toBe(value);
      }
    }
  });
});
