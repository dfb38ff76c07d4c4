/**
 * The parts every collection's schema is built from: the slug, title, summary
 * and order fields, pictures, dates, links and details that must be confirmed.
 * Each collection has its own file beside this one (Starlight's schemas/ folder
 * is the model), with a JSDoc comment on every field: editors see it on hover
 * in VS Code, and `npm run check:content` quotes these limits in its messages.
 * Relations between collections (a service naming a method, a sector naming a
 * service) are checked separately in src/lib/relations.ts, where the message
 * can name the file, the field and the slugs that would have been accepted.
 *
 * Nothing here imports `astro:content`, so Vitest can exercise the schemas on
 * fixtures without booting Astro.
 */
import { z } from 'astro/zod';
import { calendarDay } from '../lib/content-rules';

/** Slugs are the last part of a URL: lower case, digits and single hyphens. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'use lower-case letters, digits and single hyphens only, for example "payroll" or "full-partner"',
  });

/** The page title: shown as the h1 and, with " | oneSource", in the browser tab and search results. */
export const title = z
  .string()
  .trim()
  .min(3, { message: 'a title needs at least 3 characters' })
  .max(70, { message: 'search engines cut titles off near 70 characters; shorten it' });

/**
 * One or two sentences that become the page's meta description and the text
 * under the link in search results and on index pages. Search engines cut
 * descriptions off at about 160 characters, so the schema stops there.
 */
export const summary = z
  .string()
  .trim()
  .min(50, { message: 'a summary needs at least 50 characters to be useful in search results' })
  .max(160, { message: 'search results cut summaries off at 160 characters; shorten it' });

/** Position in lists, lowest first. */
export const order = z.number().int().min(0).max(999).default(100);

/** An optional picture: the alt text is required so that no image reaches the site without one. */
export const imageRef = <T extends z.ZodTypeAny>(src: T) =>
  z.object({
    /** Path to the image file, relative to the content file, e.g. "./award.jpg". */
    src,
    /** What the picture shows, for people who cannot see it. Required and never empty: a news or page picture always carries meaning. */
    alt: z.string({ message: 'every image needs alt text describing what it shows' }).min(1, { message: 'every image needs alt text describing what it shows' }).max(250),
    /** Optional caption shown under the image. */
    caption: z.string().max(200).optional(),
  });

/**
 * A date, written YYYY-MM-DD: 2014-06-30 for 30 June 2014. Nothing else is
 * read as a date, because a date in another form misleads: 02/03/2026 could be
 * 2 March or 3 February, "8 July" has no year (JavaScript would pick 2001), and
 * a day that does not exist, such as 2026-02-30, would quietly become 2 March.
 * Astro reads an unquoted YYYY-MM-DD as a date at midnight before we see it, so
 * such a value is accepted as it is (npm run check:content reads the text
 * itself and also catches a day that does not exist).
 */
export const date = z.union([z.date(), z.string()]).transform((v, ctx) => {
  const midnight = v instanceof Date && !Number.isNaN(v.getTime()) && v.getTime() % 86_400_000 === 0;
  const day = v instanceof Date ? (midnight ? v : null) : calendarDay(v);
  if (day) return day;
  ctx.addIssue({
    code: 'custom',
    message:
      typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.trim())
        ? `"${v}" is a day that does not exist; check the month and the day`
        : `"${v instanceof Date ? v.toISOString() : v}" is not written as YYYY-MM-DD; write it as YYYY-MM-DD, for example 2014-06-30 for 30 June 2014`,
  });
  return z.NEVER;
});

/** A site path ("/joining/") or another site ("https://..."). */
export const linkHref = z.string().regex(/^(\/([a-z0-9-]+\/)*([?#][^\s]*)?|https:\/\/\S+)$/, {
  message: 'a link is a path on this site that starts and ends with "/" (for example /joining/), or an https:// address',
});

/**
 * A detail that our sources do not give (the 2014 plan and the evidence file),
 * written as
 *
 *   email:
 *     value: businessdevelopment@onesource.co.uk
 *     confirmed: false
 *
 * `confirmed` says whether someone at oneSource has checked the value against
 * the councils' own records. Change it to true once they have. The flag goes
 * through to the pages: a preview build shows an unconfirmed detail marked
 * "to be confirmed" and leaves it out of structured data, and a production
 * build (ONESOURCE_BUILD=production) refuses to run while any is false.
 */
export const toConfirm = <T extends z.ZodType>(value: T) =>
  z.object({
    /** The detail itself, as the site shows it. */
    value: value as z.ZodType<z.output<T>, z.input<T>>,
    /** true once someone has checked the value against the councils' records; false until then. */
    confirmed: z.boolean({ message: 'write confirmed: true once the detail has been checked, or confirmed: false until then' }),
  });
