import { z } from 'astro/zod';
import { summary, toConfirm } from './shared';

/**
 * A detail our sources do not give, as pages and the build see it: what it
 * is and who must check it, in words the comms team would use, and whether
 * they have. Every one of them is listed in the settings' `details`, so no
 * page can show one without the build knowing.
 */
export interface Detail {
  /** Where it is in content/site/settings.yaml: "contact.email", "contact.offices[0]". */
  field: string;
  /** What it is: "the contact email address". */
  what: string;
  /** Who must confirm it before it goes live. */
  who: string;
  /** The text as pages show it (an address's lines joined with commas). */
  value: string;
  confirmed: boolean;
}

/** The comms team name who checks what (issue 22): enquiries belong to the business development team, legal statements to the councils' data protection officers. */
const BUSINESS_DEVELOPMENT = 'the oneSource business development team, who answer enquiries';
const DATA_PROTECTION = "the data protection officers of Havering and Newham councils";
/** The plan (2014): the Twitter account "will be managed within by the Business Services team". */
const SOCIAL_MEDIA = "the Business Services team, who run oneSource's social media accounts";

const WHAT = {
  'contact.email': 'the contact email address',
  'contact.response': 'the promise about how soon we reply',
  'privacy.dataController': 'the statement of who controls personal data (the privacy notice)',
  'privacy.lawfulBasis': 'the lawful basis for using personal data (the privacy notice)',
  'privacy.records': 'what happens to the emails we receive (the privacy notice)',
} as const;

const office = z.object({
  /** The council, as the plan names it: "London Borough of Havering". */
  name: z.string(),
  /** The postal address, one line each. */
  lines: z.array(z.string()).min(2),
  /** true once the address has been checked against the council's records; false until then. */
  confirmed: z.boolean({ message: 'write confirmed: true once the address has been checked, or confirmed: false until then' }),
});

const socialAccount = z.object({
  /** The platform's name as people know it today: "X (formerly Twitter)". */
  label: z.string().min(1),
  /** The account's address. */
  href: z.url(),
  /** The account's name on the platform: "@onesourceuk". */
  handle: z.string().min(2),
  /** true once someone has checked the account is still oneSource's and still in use; false until then. */
  confirmed: z.boolean({ message: 'write confirmed: true once the account has been checked, or confirmed: false until then' }),
});

/** `content/site/settings.yaml`: contact details, social accounts and navigation. */
export const settingsSchema = z
  .object({
    /** The site's public address, used for canonical links, the sitemap and RSS. */
    siteUrl: z.url({ message: 'siteUrl must be a full address such as https://www.onesource.co.uk' }),
    /** The organisation's name as the site writes it: "oneSource". */
    name: z.string().min(2),
    /** One sentence about oneSource, used as the default description and in structured data. */
    description: summary,
    /** How to get in touch: on /contact/, in the footer and in structured data. */
    contact: z.object({
      /** The address enquiries go to: on the contact page, in the footer and in structured data. Not in our sources, so it must be confirmed. */
      email: toConfirm(z.email({ message: 'contact.email must be an email address' })),
      /** Team or person who answers enquiries. */
      team: z.string().min(3),
      /**
       * How soon we reply, in one sentence: on /contact/ and twice in the
       * accessibility statement (<SiteDetail name="contact.response" />). A
       * promise to readers, so it must be confirmed.
       */
      response: toConfirm(z.string().min(10)),
      /** Where we are. Addresses are not in our sources, so each office must be confirmed. */
      offices: z.array(office).min(1),
    }),
    /** What the privacy notice says about personal data. Legal statements not in our sources, so each must be confirmed. */
    privacy: z.object({
      /** Who is responsible for personal data, shown first on /privacy/. */
      dataController: toConfirm(z.string().min(20)),
      /** Why the councils may use the data: the lawful basis under the UK GDPR, shown on /privacy/. */
      lawfulBasis: toConfirm(z.string().min(20)),
      /** What happens to an email once it reaches us, and how long it is kept, shown on /privacy/. */
      records: toConfirm(z.string().min(20)),
    }),
    /** Social media accounts, linked from the footer and the contact page and, once confirmed, in structured data. */
    social: z.array(socialAccount).default([]),
    /** Main navigation, in order. Each href is a site path ending in "/". */
    navigation: z
      .array(z.object({ label: z.string().min(2).max(30), href: z.string().regex(/^\/([a-z0-9-]+\/)*$/) }))
      .min(3)
      .max(9),
    /** Links in the footer. */
    footer: z.array(z.object({ label: z.string(), href: z.string().regex(/^\/([a-z0-9-]+\/)*$/) })).default([]),
  })
  // Pages read each detail's value as plain text, as before; the flags travel
  // beside them in `details`, which the pages' marks, structured data and the
  // production build all read.
  .transform((s) => {
    const details: Detail[] = [];
    const take = <T extends string>(field: keyof typeof WHAT, who: string, d: { value: T; confirmed: boolean }): T => {
      details.push({ field, what: WHAT[field], who, value: d.value, confirmed: d.confirmed });
      return d.value;
    };
    const contact = {
      ...s.contact,
      email: take('contact.email', BUSINESS_DEVELOPMENT, s.contact.email),
      response: take('contact.response', BUSINESS_DEVELOPMENT, s.contact.response),
    };
    s.contact.offices.forEach((o, i) =>
      details.push({
        field: `contact.offices[${i}]`,
        what: `the address given for ${o.name}`,
        who: `${BUSINESS_DEVELOPMENT}, against the council's own records`,
        value: o.lines.join(', '),
        confirmed: o.confirmed,
      }),
    );
    const privacy = {
      dataController: take('privacy.dataController', DATA_PROTECTION, s.privacy.dataController),
      lawfulBasis: take('privacy.lawfulBasis', DATA_PROTECTION, s.privacy.lawfulBasis),
      records: take('privacy.records', DATA_PROTECTION, s.privacy.records),
    };
    s.social.forEach((a, i) =>
      details.push({ field: `social[${i}]`, what: `the ${a.label} account`, who: SOCIAL_MEDIA, value: a.handle, confirmed: a.confirmed }),
    );
    return { ...s, contact, privacy, details };
  });

export type Settings = z.output<typeof settingsSchema>;
