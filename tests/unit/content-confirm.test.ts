/**
 * Details our sources do not give (content/site/settings.yaml, each with
 * `confirmed`) keep their flag all the way to the pages: a preview build marks
 * each unconfirmed one "to be confirmed" and leaves it out of structured data;
 * a production build refuses with a message naming each one and who must
 * confirm it. The build itself is exercised in content-production-build.test.ts.
 */
import { describe, it, expect, vi, beforeAll, beforeEach } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { settingsSchema, type Detail } from '~/schemas/settings';
import { buildMode, refusal, detailText } from '~/lib/confirm';
import { organizationLd } from '~/lib/seo';

/** The real settings file, with every detail confirmed or not as a test needs. */
const rawSettings = () => parseDocument(readFileSync('content/site/settings.yaml', 'utf8')).toJS();
function confirmAll(raw: any, except: string[] = []) {
  const set = (o: { confirmed: boolean }, field: string) => (o.confirmed = !except.includes(field));
  set(raw.contact.email, 'contact.email');
  set(raw.contact.response, 'contact.response');
  raw.contact.offices.forEach((o: { confirmed: boolean }, i: number) => set(o, `contact.offices[${i}]`));
  for (const k of ['dataController', 'lawfulBasis', 'records']) set(raw.privacy[k], `privacy.${k}`);
  raw.social.forEach((o: { confirmed: boolean }, i: number) => set(o, `social[${i}]`));
  return raw;
}

let settings = settingsSchema.parse(rawSettings());
vi.mock('astro:content', () => ({ getEntry: async (name: string) => (name === 'settings' ? { id: 'settings', data: settings } : undefined), getCollection: async () => [] }));

import SiteDetail from '~/components/mdx/SiteDetail.astro';
import ToConfirm from '~/components/common/ToConfirm.astro';

describe('the settings keep each detail\'s flag', () => {
  it('lists every detail the sources do not give, with what it is and who must confirm it', () => {
    const parsed = settingsSchema.parse(rawSettings());
    expect(parsed.details.map((d) => d.field)).toEqual([
      'contact.email',
      'contact.response',
      'contact.offices[0]',
      'contact.offices[1]',
      'privacy.dataController',
      'privacy.lawfulBasis',
      'privacy.records',
      'social[0]',
    ]);
    for (const d of parsed.details) {
      expect(d.what.length).toBeGreaterThan(10);
      expect(d.who).toMatch(/^the /);
    }
    // Pages read the text itself, as before; the flag travels beside it.
    expect(parsed.contact.email).toContain('@');
    expect(parsed.details[0]).toMatchObject({ value: parsed.contact.email, confirmed: rawSettings().contact.email.confirmed });
  });

  it('refuses a detail with no confirmed line, and a social account with none', () => {
    const raw = rawSettings();
    delete raw.contact.email.confirmed;
    delete raw.social[0].confirmed;
    const r = settingsSchema.safeParse(raw);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['contact.email.confirmed', 'social.0.confirmed']);
  });
});

describe('which build this is', () => {
  it('is a preview unless the publish workflow asks for production', () => {
    expect(buildMode({})).toBe('preview');
    expect(buildMode({ ONESOURCE_BUILD: '' })).toBe('preview');
    expect(buildMode({ ONESOURCE_BUILD: 'preview' })).toBe('preview');
    expect(buildMode({ ONESOURCE_BUILD: 'production' })).toBe('production');
  });

  it('stops on a value it does not know, so a typing slip cannot publish a preview', () => {
    expect(() => buildMode({ ONESOURCE_BUILD: 'prod' })).toThrow('ONESOURCE_BUILD is "prod": set it to production for the published site, or leave it out (or set preview) for a preview build.');
  });
});

describe('a production build', () => {
  it('refuses one unconfirmed detail, naming it and who must confirm it', () => {
    const one = settingsSchema.parse(confirmAll(rawSettings(), ['contact.email'])).details;
    expect(refusal(one)).toBe(
      [
        'This is a production build, and it has stopped: the site would show 1 detail that nobody has confirmed yet.',
        '',
        `1. The contact email address, "${rawSettings().contact.email.value}" (contact.email). It must be confirmed by the oneSource business development team, who answer enquiries.`,
        '',
        'It is in content/site/settings.yaml. Once the person named has checked it, correct it if needed and change its "confirmed: false" to "confirmed: true", then publish again.',
        'A preview build (without ONESOURCE_BUILD=production) shows it marked "to be confirmed".',
      ].join('\n'),
    );
  });

  it('names every open detail in the real file, and nothing once all are confirmed', () => {
    const real = settingsSchema.parse(rawSettings()).details;
    const open = real.filter((d) => !d.confirmed);
    const message = refusal(real);
    if (open.length) {
      for (const d of open) expect(message).toContain(`(${d.field}). It must be confirmed by ${d.who}.`);
      expect(message).toMatch(/The statement of who controls personal data .* It must be confirmed by the data protection officers of Havering and Newham councils\./);
    } else expect(message).toBeUndefined();
    expect(refusal(settingsSchema.parse(confirmAll(rawSettings())).details)).toBeUndefined();
  });
});

describe('a preview build', () => {
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create();
  });
  beforeEach(() => {
    settings = settingsSchema.parse(confirmAll(rawSettings(), ['contact.response']));
  });

  it('marks an unconfirmed detail where the reader sees it', async () => {
    const html = await container.renderToString(SiteDetail, { props: { name: 'contact.response' } });
    expect(html).toContain('class="to-confirm"');
    expect(html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')).toContain(`${settings.contact.response} (to be confirmed)`);
  });

  it('shows a confirmed detail plainly', async () => {
    const html = await container.renderToString(ToConfirm, { props: { field: 'contact.email' }, slots: { default: '<a href="mailto:x">x</a>' } });
    expect(html).not.toContain('to be confirmed');
    expect(html).toContain('<a href="mailto:x">x</a>');
  });

  it('stops on a detail name that does not exist, listing the ones that do', async () => {
    await expect(container.renderToString(ToConfirm, { props: { field: 'contact.phone' } })).rejects.toThrow(/There is no detail called "contact.phone" in content\/site\/settings.yaml; use one of: contact.email, /);
  });

  it('leaves unconfirmed details out of structured data, and gives them once confirmed', () => {
    const site = new URL('https://www.onesource.co.uk');
    const open = settingsSchema.parse(confirmAll(rawSettings(), ['contact.email', 'social[0]']));
    const ld = organizationLd(site, open, open.details);
    expect(ld).not.toHaveProperty('email');
    expect(ld).not.toHaveProperty('sameAs');
    const done = settingsSchema.parse(confirmAll(rawSettings()));
    expect(organizationLd(site, done, done.details)).toMatchObject({ email: done.contact.email, sameAs: [done.social[0]!.href] });
  });

  it('writes the mark in words where markup cannot go', () => {
    const d: Detail = { field: 'contact.email', what: 'the contact email address', who: 'someone', value: 'a@b.org', confirmed: false };
    expect(detailText(d)).toBe('a@b.org (to be confirmed)');
    expect(detailText({ ...d, confirmed: true })).toBe('a@b.org');
  });
});
