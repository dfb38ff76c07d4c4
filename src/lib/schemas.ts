/**
 * The shape of everything the comms team writes under `content/`.
 *
 * Each field carries a JSDoc comment because editors see it on hover in VS Code
 * and because `npm run check:content` quotes these limits back in its messages.
 * Relations between collections (a service naming a method, a sector naming a
 * service) are checked separately in `relations.ts`, where the message can name
 * the file, the field and the slugs that would have been accepted.
 *
 * This module imports nothing from `astro:content` so that Vitest can exercise
 * the schemas on fixtures without booting Astro.
 */
import { z } from 'astro/zod';
import { calendarDay } from './content-rules';

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

/** The five on-boarding methods; their slugs are part of the calculator's link contract. */
export const METHOD_SLUGS = [
  'full-partner',
  'junior-partner',
  'company-shareholder',
  'lead-authority-customer',
  'tendered-customer',
] as const;
export type MethodSlug = (typeof METHOD_SLUGS)[number];

/** The three levels of service the plan describes. */
export const LEVELS = ['transactional', 'operational', 'strategic'] as const;

/** Service families: how the services index is grouped. */
export const FAMILIES = [
  'finance',
  'people',
  'legal-and-governance',
  'revenues-and-benefits',
  'technology',
  'property-and-facilities',
] as const;

export const FAMILY_LABELS: Record<(typeof FAMILIES)[number], string> = {
  finance: 'Finance',
  people: 'People and human resources',
  'legal-and-governance': 'Legal and governance',
  'revenues-and-benefits': 'Revenues and benefits',
  technology: 'Technology',
  'property-and-facilities': 'Property, facilities and transport',
};

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

/** `content/services/<slug>.mdx`: one of the 21 services. The file name is the URL slug. */
export const serviceSchema = z.object({
  title,
  summary,
  /** Which group the service is listed under on /services/. */
  family: z.enum(FAMILIES),
  /** The levels offered: transactional, operational and/or strategic. At least one. */
  levels: z.array(z.enum(LEVELS)).min(1, { message: 'list at least one level: transactional, operational or strategic' }),
  /** On-boarding method slugs open for this service (see content/joining/). */
  methods: z.array(slug).min(1, { message: 'list at least one on-boarding method slug' }),
  /** Slugs of related services (see content/services/). Shown as "Related services". */
  related: z.array(slug).default([]),
  /** Short bullet points of what the service covers. Shown before the body text. */
  covers: z.array(z.string().min(3).max(200)).min(2, { message: 'list at least two things the service covers' }),
  order,
});

/** `content/joining/<slug>.mdx`: one on-boarding method, with every row of the plan's Appendix 2. */
export const methodSchema = z.object({
  title,
  summary,
  /** A short label for table headings, for example "Full partner". */
  shortName: z.string().min(3).max(30),
  order,
  /** True when only councils can use the route (the Joint Committee is made of local authorities). */
  councilsOnly: z.boolean(),
  /** One sentence on who can use the route; the calculator shows it when a route is closed. */
  openTo: z.string().min(10).max(240),
  /** The plan's "Description of option". */
  description: z.string().min(10),
  /** Governance points. */
  governance: z.array(z.string().min(3)).min(1),
  /** How the organisation comes on board: delegation, staff transfer, contract. */
  basis: z.array(z.string().min(3)).min(1),
  /** When the option fits. */
  whenItFits: z.array(z.string().min(3)).min(1),
  advantagesForYou: z.array(z.string().min(3)).min(1),
  disadvantagesForYou: z.array(z.string().min(3)).min(1),
  advantagesForFounders: z.array(z.string().min(3)).min(1),
  disadvantagesForFounders: z.array(z.string().min(3)).min(1),
  /** Plain answers for the side-by-side comparison. Each a short phrase. */
  compare: z.object({
    /** Does staff employment transfer under TUPE? */
    tupe: z.string().min(2).max(120),
    /** What procurement is needed? */
    procurement: z.string().min(2).max(120),
    /** How much control does the joining organisation have? */
    control: z.string().min(2).max(120),
    /** Pension (LGPS) effect. */
    pensions: z.string().min(2).max(120),
    /** Is the service market tested? */
    marketTesting: z.string().min(2).max(120),
  }),
});

/** `content/ways/<slug>.mdx`: one of the four ways to work with us. */
export const waySchema = z.object({
  title,
  summary,
  order,
  /** Service slugs that best illustrate this way of working (optional). */
  services: z.array(slug).default([]),
});

/** `content/sectors/<slug>.mdx`: a customer segment. The file name is also the calculator's `org` value. */
export const sectorSchema = z.object({
  title,
  summary,
  order,
  /** True for local authorities; only councils can join the Joint Committee. */
  isCouncil: z.boolean(),
  /** "councils" sectors are listed first, then "wider-public-sector". */
  group: z.enum(['councils', 'wider-public-sector']),
  /** A short singular label used in the calculator, e.g. "District council". */
  label: z.string().min(3).max(40),
  /** On-boarding method slugs open to this kind of organisation. */
  methods: z.array(slug).min(1),
  /** Service slugs most relevant to this kind of organisation. */
  services: z.array(slug).min(1),
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
const date = z.union([z.date(), z.string()]).transform((v, ctx) => {
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

/** `content/news/<yyyy-mm-dd-slug>.mdx`: a media release or story. */
export const newsSchema = <T extends z.ZodTypeAny>(image: T) =>
  z.object({
    title,
    summary,
    /** Publication date, YYYY-MM-DD. A future date keeps the item hidden until then. */
    date,
    /**
     * How exact the date is: "day" (the default) or "month". Use "month" when
     * only the month is known; the day still sets the order of items.
     */
    datePrecision: z.enum(['day', 'month']).default('day'),
    /** Date of the last real change, if any. */
    updated: date.optional(),
    /** true keeps the item out of the site, the sitemap, search and RSS. */
    draft: z.boolean().default(false),
    /** What kind of item this is. */
    kind: z.enum(['media-release', 'award', 'milestone', 'feature']).default('media-release'),
    image: imageRef(image).optional(),
  });

/**
 * A span the plan gives instead of a day: a year span such as "2014-15" (the
 * plan writes "2014/15" and "2014-15"), or "2014 or 2015" where the plan has
 * not settled the year. Shown exactly as written, so no day, month or single
 * year is ever made up for it.
 */
export const eventPeriod = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    const span = /^(\d{4})-(\d{2})$/.exec(v);
    const either = /^(\d{4}) or (\d{4})$/.exec(v);
    const ok = span ? (Number(span[1]) + 1) % 100 === Number(span[2]) : either ? Number(either[2]) > Number(either[1]) : false;
    if (!ok) {
      ctx.addIssue({
        code: 'custom',
        message: `"${v}" is not a period the site can show; write a year span such as "2014-15" (the second year follows the first), or "2014 or 2015"`,
      });
    }
  });

/** The first year a period names, so events with a period sort among those with a day: "2014-15" and "2014 or 2015" both sort as 2014. */
export function periodStart(period: string): Date {
  return new Date(Date.UTC(Number(period.slice(0, 4)), 0, 1));
}

/** `content/events/<slug>.mdx`: a conference, award ceremony, talk or network. */
export const eventSchema = z
  .object({
    title,
    summary,
    /** First day, YYYY-MM-DD. Leave it out and give `period` when the plan names no day, month or single year. */
    start: date.optional(),
    /** Last day, if longer than one day. Not used with `period`. */
    end: date.optional(),
    /**
     * How exact the dates are: "day" (the default), "month" or "year". Use
     * "month" or "year" when only that is known, so the site never shows a day
     * it cannot vouch for.
     */
    datePrecision: z.enum(['day', 'month', 'year']).default('day'),
    /**
     * Instead of `start`, when the plan gives only a span: "2014-15", or
     * "2014 or 2015". Shown as written. Use `start` with `datePrecision: year`
     * when a single year is known.
     */
    period: eventPeriod.optional(),
    /** Where it happens, for example "Harrogate". Leave out when not yet known. */
    location: z.string().min(2).max(80).optional(),
    kind: z.enum(['conference', 'exhibition', 'award', 'speaking', 'network']),
    /** The organiser, for example "CIPFA". Leave out when the source does not name one. */
    organiser: z.string().min(2).max(80).optional(),
    draft: z.boolean().default(false),
  })
  .superRefine((e, ctx) => {
    if (!e.start && !e.period) {
      ctx.addIssue({ code: 'custom', path: ['start'], message: 'an event needs a start date or a period; give start: YYYY-MM-DD, or period: "2014-15" when only a span is known' });
    }
    if (e.start && e.period) {
      ctx.addIssue({ code: 'custom', path: ['period'], message: 'an event has a start date or a period, not both; keep the one the source gives and delete the other' });
    }
    if (e.end && e.period) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'end goes with start, not with period; delete end, or give start instead of period' });
    }
  });

/** When an event happens, for sorting: its first day, or the first year of its period. */
export function eventSortDate(e: { start?: Date; period?: string }): Date {
  return e.start ?? periodStart(e.period ?? '1970');
}

/** `content/pages/<slug>.mdx`: an ordinary page, served at /<slug>/. */
export const pageSchema = z.object({
  title,
  summary,
  /** Text for the breadcrumb and navigation, when shorter than the title. */
  navLabel: z.string().max(30).optional(),
  /** Date the page's facts were last reviewed, YYYY-MM-DD (shown on statements such as accessibility). */
  reviewed: date.optional(),
});

/** `content/landscape/arrangements.yaml`: one row of the plan's Appendix 1. */
export const arrangementSchema = z.object({
  id: slug,
  region: z.enum(['london', 'essex']),
  /** The partner organisations, each as a list item. */
  partners: z.array(z.string().min(2)).min(1),
  /** The service shared. */
  service: z.string().min(2),
  /** "Financial benefits realised", as published. Write "not stated" where the plan gives none. */
  benefitsRealised: z.string().min(1),
  /** "Efficiency figure", as published, or "not stated". */
  efficiencyFigure: z.string().min(1),
});

/** `content/glossary/terms.yaml`: one glossary term. */
export const termSchema = z.object({
  id: slug,
  /** The term as written, e.g. "TUPE". */
  term: z.string().min(2),
  /** Spelled out, for acronyms. */
  expansion: z.string().optional(),
  /** Other spellings that should link here, e.g. "TUPEed". */
  aliases: z.array(z.string()).default([]),
  /** One or two plain sentences. */
  definition: z.string().min(20).max(600),
});

/**
 * `content/site/acronyms.yaml`: an abbreviation the site uses and how a page
 * spells it out. `npm run check:content` warns when a page uses an acronym
 * before it is spelled out there, as "Full name (ABC)" or "ABC (Full name)";
 * it checks every run of capitals, listed here or not, so this list gives the
 * full name its advice quotes, and marks the few that need no spelling out.
 */
export const acronymSchema = z
  .object({
    id: slug,
    /** The acronym exactly as written, in capitals: "TUPE", "E2BN". */
    acronym: z.string().regex(/^[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*$/, {
      message: 'write the acronym in capitals, as the pages do, for example "TUPE" or "E2BN"',
    }),
    /** The full name a page writes before it the first time: "Local Government Pension Scheme". */
    expansion: z.string().trim().min(3).optional(),
    /**
     * Instead of an expansion: why the site never spells this one out, for
     * example "well known: GOV.UK style writes UK without spelling it out".
     */
    noExpansion: z.string().trim().min(10, { message: 'say in a few words why it needs no spelling out (at least 10 characters)' }).optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.expansion === !v.noExpansion) {
      ctx.addIssue({
        code: 'custom',
        path: v.expansion ? ['noExpansion'] : ['expansion'],
        message: v.expansion
          ? 'give an expansion or a noExpansion reason, not both; remove one of them'
          : 'give the full name in expansion; or, if it needs no spelling out, say why in noExpansion',
      });
    }
  });

/** A figure on the site with where it comes from. Every figure shown to a visitor cites a source. */
export const sourcedFigure = z.object({
  /** The figure as displayed, e.g. "£40m". */
  value: z.string().min(1).max(20),
  /** What it measures, one short phrase. */
  label: z.string().min(3).max(120),
  /** Where it comes from, e.g. "oneSource business development plan, May 2014". */
  source: z.string().min(5).max(200),
});

/** `content/site/messages.yaml`: the core narrative and key messages, reused wherever they appear. */
export const messagesSchema = z.object({
  /** The one-sentence promise at the top of the home page. */
  headline: z.string().min(10).max(120),
  /** Two or three short paragraphs: who we are and what we offer. */
  narrative: z.array(z.string().min(20)).min(1).max(4),
  /** Why oneSource is a real alternative to outsourcing. */
  alternativeToOutsourcing: z.array(z.string().min(10)).min(2),
  /** The three savings levers, in the plan's order. */
  levers: z
    .array(z.object({ id: z.enum(['management', 'duplication', 'reengineering']), title: z.string(), text: z.string() }))
    .length(3, { message: 'there are exactly 3 savings levers: management, duplication, reengineering' }),
  /** Headline figures with their sources. */
  proofPoints: z.array(sourcedFigure).min(2).max(6),
  /**
   * The key message on choosing how to join: every organisation differs, so
   * there is more than one route. Opens "ways to join" on the home page and
   * the /joining/ page.
   */
  flexibleJoining: z.string().trim().min(20).max(300),
  /** The three ways to work with us, as the key messages put them. */
  threeWays: z
    .array(z.object({ title: z.string(), text: z.string(), href: z.string().startsWith('/') }))
    .length(3, { message: 'the key messages name exactly 3 ways to work with us' }),
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
 * the councils' own records. Change it to true once they have. While any is
 * false, `npm run check:content` lists it as advice (it does not stop
 * publishing), so an unchecked detail is never forgotten. The site shows the
 * value either way; only the check reads `confirmed`.
 */
export const toConfirm = <T extends z.ZodType>(value: T) =>
  z
    .object({
      /** The detail itself, as the site shows it. */
      value: value as z.ZodType<z.output<T>, z.input<T>>,
      /** true once someone has checked the value against the councils' records; false until then. */
      confirmed: z.boolean({ message: 'write confirmed: true once the detail has been checked, or confirmed: false until then' }),
    })
    // Pages use the value alone: the flag is for the comms team and the content check.
    .transform((d): z.output<T> => d.value);

/** `content/site/settings.yaml`: contact details, social accounts and navigation. */
export const settingsSchema = z.object({
  /** The site's public address, used for canonical links, the sitemap and RSS. */
  siteUrl: z.url({ message: 'siteUrl must be a full address such as https://www.onesource.co.uk' }),
  name: z.string().min(2),
  /** One sentence about oneSource, used as the default description and in structured data. */
  description: summary,
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
  social: z.array(z.object({ label: z.string(), href: z.url(), handle: z.string() })).default([]),
  /** Main navigation, in order. Each href is a site path ending in "/". */
  navigation: z
    .array(z.object({ label: z.string().min(2).max(30), href: z.string().regex(/^\/([a-z0-9-]+\/)*$/) }))
    .min(3)
    .max(9),
  /** Links in the footer. */
  footer: z.array(z.object({ label: z.string(), href: z.string().regex(/^\/([a-z0-9-]+\/)*$/) })).default([]),
});

/** A site path ("/joining/") or another site ("https://..."). */
const linkHref = z.string().regex(/^(\/([a-z0-9-]+\/)*([?#][^\s]*)?|https:\/\/\S+)$/, {
  message: 'a link is a path on this site that starts and ends with "/" (for example /joining/), or an https:// address',
});

/** One task inside a step: a short instruction, and a link when there is somewhere to go. */
const stepTask = z.object({
  /** What to do, in a few words: "Estimate your savings". Becomes the link text when href is given. */
  text: z.string().trim().min(3).max(160),
  /** Where to do it, if anywhere. */
  href: linkHref.optional(),
});

/**
 * Plain words only: how long a step takes is never written here, because the
 * times come from content/calculator/routes.yaml (leadTime), which the
 * calculator uses too. A number of weeks or months here would be a second copy
 * that drifts.
 */
const noDuration = (s: z.ZodString) =>
  s.refine((v) => !/\d+\s*(day|week|month|year)s?\b/i.test(v), {
    message: 'a duration here would be a second copy of the calculator\'s figures; put times in content/calculator/routes.yaml (leadTime) and describe the step in words',
  });

/** One step of /joining/step-by-step/. */
export const joiningStepSchema = z.object({
  /** Short name used as the step's web address fragment (#business-case). */
  id: slug,
  /**
   * How the step relates to the one before it, as the GOV.UK step-by-step
   * pattern shows it. Leave out for a new numbered step. "and": it runs at the
   * same time as the step before. "or": it is an alternative to the step before.
   */
  logic: z.enum(['and', 'or']).optional(),
  /** The step's heading, starting with a verb: "Build the business case". */
  title: z.string().trim().min(3).max(80),
  /** One or two short sentences on what happens in this step. */
  text: noDuration(z.string().trim().min(10).max(400)),
  /**
   * The on-boarding routes this step is for (file names in content/joining/).
   * Leave out for a step every route shares. A step with routes shows each
   * route's times from content/calculator/routes.yaml.
   */
  routes: z.array(z.enum(METHOD_SLUGS)).min(1).optional(),
  /** Who decides, or who takes part. */
  who: noDuration(z.string().trim().min(10).max(400)).optional(),
  /** What is agreed or signed at this step. */
  agreed: noDuration(z.string().trim().min(10).max(400)).optional(),
  /** What happens to staff at this step. */
  staff: noDuration(z.string().trim().min(10).max(400)).optional(),
  /** How long, in words, for a step the calculator does not time (the first conversation, the business case). */
  timing: noDuration(z.string().trim().min(10).max(300)).optional(),
  /** Things to do, each a short line, linked where there is somewhere to go. */
  tasks: z.array(stepTask).default([]),
  /** "routes": list every route with who can use it. "start": show when savings start on each route. */
  shows: z.enum(['routes', 'start']).optional(),
});

/** `content/joining/step-by-step.yaml`: the words of /joining/step-by-step/. The times come from content/calculator/routes.yaml. */
export const joiningStepsSchema = z
  .object({
    title,
    summary,
    /** Short paragraphs under the heading, before the steps. */
    intro: z.array(z.string().trim().min(20).max(500)).min(1).max(4),
    steps: z.array(joiningStepSchema).min(3),
  })
  .superRefine((d, ctx) => {
    // Every route must be somewhere on the page, or a reader on that route finds no path.
    const named = new Set(d.steps.flatMap((s) => s.routes ?? []));
    for (const m of METHOD_SLUGS) {
      if (!named.has(m)) ctx.addIssue({ code: 'custom', path: ['steps'], message: `no step is for the route ${m}; add it to the routes of the step where that route parts from the others` });
    }
    if (d.steps[0]?.logic) ctx.addIssue({ code: 'custom', path: ['steps', 0, 'logic'], message: 'the first step cannot follow another; delete its logic line' });
    const ids = new Set<string>();
    d.steps.forEach((s, i) => {
      if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `"${s.id}" is used by 2 steps; give each step its own id` });
      ids.add(s.id);
    });
  });

/** `content/case-studies/<slug>.mdx`: what happened when organisations shared services, told from the sources. */
export const caseStudySchema = z.object({
  title,
  summary,
  order,
  /** A shorter name for the breadcrumb, up to 30 characters: "Havering and Newham". */
  navLabel: z.string().trim().max(30).optional(),
  /** The organisations the case study is about, as their names are written: "London Borough of Havering". */
  organisations: z.array(z.string().trim().min(3).max(80)).min(1),
  /** When this case study was first published on the site, YYYY-MM-DD. Used in search engines' article data. */
  published: date,
  /** When its facts were last changed, if ever. */
  updated: date.optional(),
});

/* ------------------------------------------------------------------------ *
 * The savings calculator's data: content/calculator/*.yaml.
 * Every number the model uses is one of these entries, with its unit, its
 * source and a plain explanation, so the methodology page can show it and a
 * changed value reaches the calculator with no code change. Cross-file checks
 * (a source id that exists, shares adding up to 100, every service slug known)
 * live in src/calculator/data.ts, where the message can name the file.
 * ------------------------------------------------------------------------ */

/**
 * Where a number comes from: the `id` of an entry in content/calculator/sources.yaml,
 * or the word "assumption" when no published figure exists. The methodology page
 * shows assumptions as such, so never dress one up as a source.
 */
export const calculatorSource = z.union([z.literal('assumption'), slug], {
  message: 'source must be "assumption" or the id of an entry in content/calculator/sources.yaml',
});

/** Ids of evidence (entries in sources.yaml) that an assumption was tested against. Shown as "checked against". */
const checkedAgainst = z.array(slug).default([]);

/** One plain-English sentence or two: what the number does and why it has this value. Shown on the methodology page. */
const explanation = z.string().trim().min(20, { message: 'explain the value in at least a sentence (20 characters)' }).max(600);

/** `content/calculator/sources.yaml`: one piece of published evidence behind the calculator. */
export const calculatorSourceSchema = z.object({
  /** Short name that parameters use in their `source` field, e.g. "lga-services-shared". */
  id: slug,
  /** What the evidence says, in our own words, with its figures. */
  figure: z.string().trim().min(20).max(600),
  /** Who published it and where, e.g. "HM Treasury, The Green Book". */
  publisher: z.string().trim().min(5).max(300),
  /** H = official or primary source; M = press or secondary copy. Shown beside the source. */
  firmness: z.enum(['H', 'M'], { message: 'firmness must be H (official or primary) or M (press or secondary)' }),
  /** Year of publication, where known. */
  year: z.number().int().min(1990).max(2100).optional(),
});

/** Units a calculator parameter can be written in. */
export const CALCULATOR_UNITS = ['percent', 'pounds', 'months', 'years', 'times', 'year'] as const;

/** `content/calculator/parameters.yaml`: one general parameter of the model. */
export const calculatorParameterSchema = z.object({
  /** The name the model looks the value up by. Renaming one breaks the build on purpose. */
  id: slug,
  /** Where the methodology page lists it: the levers, their ramp-up, people costs, VAT, appraisal conventions, input limits or the range (low and high cases). */
  group: z.enum(['levers', 'ramp', 'people', 'vat', 'appraisal', 'limits', 'range']),
  /** A short name for the methodology page, e.g. "Saving on senior management". */
  label: z.string().trim().min(3).max(80),
  /**
   * The value. A number, or for a ramp a list of percentages, one for each year
   * after go-live (the last one carries on), each between 0 and 100.
   */
  value: z.union([z.number().finite().nonnegative(), z.array(z.number().min(0).max(100)).min(1).max(10)], {
    message: 'value must be a number of zero or more, or a list of 1 to 10 percentages',
  }),
  /** percent, pounds, months, years or times (a ratio). */
  unit: z.enum(CALCULATOR_UNITS),
  source: calculatorSource,
  checkedAgainst,
  explanation,
});

/** `content/calculator/services.yaml`: how one of the 21 services figures in the model. */
export const calculatorServiceSchema = z.object({
  /** A service slug; it must match a file in content/services/. */
  id: slug,
  /** Percentage of a typical back office's cost spent on this service. All 21 add up to 100. */
  share: z.number().min(0).max(100),
  /** Percentage of the service's cost (after senior management) that is repeatable process work, where re-engineering saves. */
  processShare: z.number().min(0).max(100),
  /**
   * Percentage of the same cost that can be done once for every partner, where
   * removing duplication saves. Work that only supports its own organisation
   * (business partners, committee clerks) cannot be shared. Default 100.
   */
  sharedShare: z.number().min(0).max(100).default(100),
  /** The Contracted Out Services heading covering the service (section 41(3) of the VAT Act 1994), where one has been checked. */
  cos: z.number().int().min(1).max(200).optional(),
  source: calculatorSource,
  checkedAgainst,
  explanation,
});

/**
 * `content/calculator/organisations.yaml`: the starting annual cost for one type
 * of organisation, used until the visitor enters their own figure.
 */
export const calculatorOrganisationSchema = z.object({
  /** A sector slug; it must match a file in content/sectors/. */
  id: slug,
  /**
   * Typical annual cost, in whole pounds, of the services listed for this sector
   * (its `services` field). Scaled down by service shares when fewer are chosen.
   */
  typicalCost: z.number().int({ message: 'typicalCost is in whole pounds' }).positive(),
  source: calculatorSource,
  checkedAgainst,
  explanation,
  /** lgps when most back-office staff are in the Local Government Pension Scheme (its strain rules apply), other when they are not. */
  pensionScheme: z.enum(['lgps', 'other'], { message: 'pensionScheme must be lgps or other' }),
  /** How much of the VAT on a provider's charge this kind of organisation gets back: 100 for a council under section 33, 0 for a body that bears it all. */
  vat: z.object({
    /** The rule: section-33 (councils), contracted-out (section 41(3), by service), refund-schemes (ss 33B, 33C, maintained schools) or normal. */
    scheme: z.enum(['section-33', 'contracted-out', 'refund-schemes', 'normal'], {
      message: 'vat.scheme must be section-33, contracted-out, refund-schemes or normal',
    }),
    /** Percentage recovered, 0 to 100 (for contracted-out bodies, on services with no COS heading). */
    recovery: z.number().min(0).max(100),
    source: calculatorSource,
    checkedAgainst,
    explanation,
  }),
});

/** A number with its unit, source and explanation, as used in content/calculator/routes.yaml. */
const routeNumber = <U extends readonly [string, ...string[]]>(units: U) =>
  z.object({
    /** The number, zero or more. */
    value: z.number().finite().nonnegative(),
    unit: z.enum(units),
    source: calculatorSource,
    checkedAgainst,
    explanation,
  });

/** One cost line of a route: a fixed sum in pounds, or a percentage of the annual cost of the services shared. */
const routeCost = routeNumber(['pounds', 'percent-of-baseline'] as const).extend({
  /** A short id for the line, e.g. "programme" or "tupe". */
  id: slug,
  /** What the visitor sees, e.g. "Staff transfer (TUPE)". */
  label: z.string().trim().min(3).max(80),
  /**
   * "project" (set-up work: systems, programme, staff transfer; optimism bias
   * applies) or "fee" (a fixed fee, which carries no uplift). Default "project".
   */
  kind: z.enum(['project', 'fee'], { message: 'kind must be "project" (set-up work, with optimism bias) or "fee" (a fixed fee, none)' }).default('project'),
});

/** `content/calculator/routes.yaml`: the numbers for one on-boarding route (its words live in content/joining/). */
export const calculatorRouteSchema = z.object({
  /** An on-boarding method slug. */
  id: z.enum(METHOD_SLUGS, {
    message: `id must be one of: ${METHOD_SLUGS.join(', ')}; these are the calculator's fixed routes, and a new one needs the web team (content/README.md, "On-boarding methods")`,
  }),
  /** The steps before savings start, in months. The calculator adds them up. */
  leadTime: z
    .array(routeNumber(['months'] as const).extend({ /** What happens in this step. */ label: z.string().trim().min(3).max(100) }))
    .min(1, { message: 'give at least one lead-time step (it may be 0 months)' }),
  /** Percentage of the savings the organisation keeps; the rest is the provider's charge or margin. 0 to 100. */
  savingsShare: routeNumber(['percent'] as const).extend({ value: z.number().min(0).max(100) }),
  /** Costs paid once, at the start. Redundancy is added for every route from parameters.yaml. */
  oneOff: z.array(routeCost).default([]),
  /** Costs paid every year once the service has started. */
  running: z.array(routeCost).default([]),
  /** Percentage of the cost you keep in house as the client function (statutory officers, commissioning): never shared, so never saved. 0 to 100. */
  retained: routeNumber(['percent'] as const).extend({ value: z.number().min(0).max(100) }),
  /** Whether the provider's charge carries VAT; what each organisation gets back is in organisations.yaml. */
  vat: z.object({ charged: z.boolean(), source: calculatorSource, checkedAgainst, explanation }),
  /** Appendix 2's conditions, where the route has them: the least share of a typical back office (percent) and the least annual cost (pounds) shared. */
  conditions: z
    .object({
      minScope: routeNumber(['percent'] as const).extend({ value: z.number().min(0).max(100) }),
      /** Only where a figure is published: the plan asks for a minimum cash value but sets none. */
      minCost: routeNumber(['pounds'] as const).optional(),
    })
    .optional(),
  /** What leaving later would cost: the low case counts it at the end of the horizon. */
  leaving: z.array(routeCost).default([]),
});
