import { z } from 'astro/zod';
import { summary, toConfirm } from './shared';

/** `content/site/settings.yaml`: contact details, social accounts and navigation. */
export const settingsSchema = z.object({
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
    /** What happens after someone writes, in one or two sentences. A promise to readers, so it must be confirmed. */
    response: toConfirm(z.string().min(10)),
    /** Where we are. Addresses are not in our sources, so each office must be confirmed. */
    offices: z
      .array(
        z.object({
          /** The council, as the plan names it: "London Borough of Havering". */
          name: z.string(),
          /** The postal address, one line each. */
          lines: z.array(z.string()).min(2),
          /** true once the address has been checked against the council's records; false until then. */
          confirmed: z.boolean({ message: 'write confirmed: true once the address has been checked, or confirmed: false until then' }),
        }),
      )
      .min(1),
  }),
  /** What the privacy notice says about who controls personal data. */
  privacy: z.object({
    /** Who is responsible for personal data, shown first on /privacy/. A legal statement not in our sources, so it must be confirmed. */
    dataController: toConfirm(z.string().min(20)),
  }),
  /** Social media accounts, linked from the footer and in structured data. */
  social: z.array(z.object({ label: z.string(), href: z.url(), handle: z.string() })).default([]),
  /** Main navigation, in order. Each href is a site path ending in "/". */
  navigation: z
    .array(z.object({ label: z.string().min(2).max(30), href: z.string().regex(/^\/([a-z0-9-]+\/)*$/) }))
    .min(3)
    .max(9),
  /** Links in the footer. */
  footer: z.array(z.object({ label: z.string(), href: z.string().regex(/^\/([a-z0-9-]+\/)*$/) })).default([]),
});
