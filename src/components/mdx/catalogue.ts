/**
 * What writers may put in MDX: each component's name, its props (as zod
 * schemas, so limits live in one place) and which props point at other
 * content. The .astro components parse their props with these schemas, and
 * `npm run check:content` reads the same catalogue to check MDX files before
 * a build, so a writer gets the same answer from both.
 *
 * Plain TypeScript with no Astro imports: the content check runs it in Node.
 */
import { z } from 'astro/zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: 'use a slug: lower-case letters, digits and single hyphens, for example "payroll"',
});

/** A comma-separated list of slugs, as writers type it: "payroll, hr". */
const slugList = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
  .pipe(z.array(slug).min(1, { message: 'name at least one slug' }));

/** An address on this site ("/contact/") or elsewhere ("https://..."), or an email link. */
const href = z
  .string()
  .trim()
  .regex(/^(\/|https:\/\/|mailto:)/, { message: 'a link starts with "/" for a page on this site, or "https://" for another site' });

/** The details of content/site/settings.yaml a page may quote with <SiteDetail>. */
export const SITE_DETAILS = ['contact.email', 'contact.response', 'privacy.dataController', 'privacy.lawfulBasis', 'privacy.records'] as const;

/** Which collection a prop's slugs must exist in, and what to call one in a message. */
export interface Reference {
  collection: 'services' | 'sectors' | 'joining';
  kind: string;
}

export interface ComponentSpec {
  /** Zod schema of the props a writer types (children excluded). */
  props: z.ZodObject<z.ZodRawShape>;
  /** True when the component needs text between its opening and closing tags. */
  needsChildren: boolean;
  /** Props whose values are slugs of other content (one slug or a comma-separated list). */
  refs?: Record<string, Reference>;
  /** Prop naming an image file in content/images/. */
  image?: string;
  /** Props holding a link to check like any other link in the text. */
  links?: string[];
  /** Prop naming a headline figure (proofPoints value) in content/site/messages.yaml. */
  proof?: string;
  /** The shortest correct use, quoted in messages and the guide. */
  example: string;
}

export const CATALOGUE = {
  Callout: {
    props: z.object({
      /** note (blue, the default), important (blue, bold title) or warning (orange). */
      type: z.enum(['note', 'important', 'warning'], { message: 'type must be note, important or warning' }).default('note'),
      /** Optional bold first line. */
      title: z.string().trim().min(2).max(80, { message: 'a call-out title over 80 characters is a paragraph; shorten it' }).optional(),
    }),
    needsChildren: true,
    example: '<Callout type="note" title="Staff stay with you">Your staff keep their employer.</Callout>',
  },
  KeyFigure: {
    props: z
      .object({
        /**
         * A headline figure from content/site/messages.yaml (proofPoints), named by its value,
         * e.g. proof="£40m". Its label and source come with it, so a change there shows everywhere.
         */
        proof: z.string().trim().min(1).optional(),
        /** The figure as shown: "£40m", "21", "9 months". */
        value: z.string().trim().min(1).max(20, { message: 'value is the figure alone (at most 20 characters); put the words in label' }).optional(),
        /** What the figure measures, one short phrase. */
        label: z.string().trim().min(3).max(120).optional(),
        /** Where the figure comes from. Every figure shown to a visitor cites its source. */
        source: z.string().trim().min(5, { message: 'source is too short to tell a reader where the figure comes from' }).max(200).optional(),
        /** Optional link to the source itself. */
        sourceHref: href.optional(),
      })
      .superRefine((p, ctx) => {
        if (p.proof) return;
        const need = [
          ['value', 'value is missing: write the figure as it should appear, for example value="£40m", or use a headline figure with proof="£40m"'],
          ['label', 'label is missing: say what the figure measures, for example label="savings forecast by 2018/19"'],
          ['source', 'source is missing: every figure must say where it comes from, for example source="oneSource business development plan, May 2014"'],
        ] as const;
        for (const [key, message] of need) if (!p[key]) ctx.addIssue({ code: 'custom', path: [key], message });
      }),
    needsChildren: false,
    links: ['sourceHref'],
    proof: 'proof',
    example: '<KeyFigure value="£40m" label="savings forecast for Havering and Newham by 2018/19" source="oneSource business development plan, May 2014" />',
  },
  Quote: {
    props: z.object({
      /** Who said it: a real, named person or organisation. */
      by: z.string({ message: 'by is missing: a quote must say who said it, for example by="Jo Smith"' }).trim().min(2).max(80),
      /** Their role, for example "Chief Executive, London Borough of Havering". */
      role: z.string().trim().min(2).max(120).optional(),
      /** Where and when it was said or published, if not in this item. */
      source: z.string().trim().min(5).max(200).optional(),
    }),
    needsChildren: true,
    example: '<Quote by="Name Surname" role="Their job title">What they said, word for word.</Quote>',
  },
  CallToAction: {
    props: z.object({
      /** The heading of the box: what the reader can do. */
      title: z.string({ message: 'title is missing: say what the reader can do, for example title="Talk to us"' }).trim().min(3).max(70),
      /** Where the button goes. */
      href,
      /** The button's words: a verb first, for example "Contact us". */
      label: z.string({ message: 'label is missing: the words on the button, for example label="Contact us"' }).trim().min(2).max(40),
      /** An optional second, quieter button. */
      secondaryHref: href.optional(),
      secondaryLabel: z.string().trim().min(2).max(40).optional(),
      /** Heading level: 2 (default) in pages, news and services; 3 in events, which already use 2 for each event. */
      level: z.coerce.number().int().min(2).max(3).default(2),
    }).refine((p) => !p.secondaryHref === !p.secondaryLabel, {
      path: ['secondaryLabel'],
      message: 'a second button needs both secondaryHref and secondaryLabel: add the missing one, or remove both',
    }),
    needsChildren: false,
    links: ['href', 'secondaryHref'],
    example: '<CallToAction title="Talk to us about sharing" href="/contact/" label="Contact us">One sentence on why.</CallToAction>',
  },
  CalculatorLink: {
    props: z.object({
      /** One service slug, several separated by commas, or "all". */
      service: z.union([z.literal('all'), slugList]).optional(),
      /** A sector slug: the calculator's organisation type. */
      sector: slug.optional(),
      /** An on-boarding method slug to highlight. */
      method: slug.optional(),
      /** Annual cost today, whole pounds, to start the estimate from. */
      budget: z.coerce.number().int().min(1000).max(5_000_000_000).optional(),
    }),
    needsChildren: false,
    refs: {
      service: { collection: 'services', kind: 'service' },
      sector: { collection: 'sectors', kind: 'sector' },
      method: { collection: 'joining', kind: 'on-boarding method' },
    },
    example: '<CalculatorLink service="payroll" sector="district-council" />',
  },
  MethodComparison: {
    props: z.object({
      /** Which methods to show, comma-separated; all 5 when left out. */
      methods: slugList.optional(),
      /** A method to mark as the one this page is about. */
      highlight: slug.optional(),
      /** The table's caption; a sensible one is written for you. */
      caption: z.string().trim().min(5).max(120).optional(),
    }),
    needsChildren: false,
    refs: {
      methods: { collection: 'joining', kind: 'on-boarding method' },
      highlight: { collection: 'joining', kind: 'on-boarding method' },
    },
    example: '<MethodComparison methods="full-partner, junior-partner" highlight="full-partner" />',
  },
  Figure: {
    props: z.object({
      /** File name of a picture in content/images/, for example "cipfa-stand-2014.jpg". */
      src: z.string({ message: 'src is missing: name a picture in content/images/, for example src="cipfa-stand-2014.jpg"' }).trim().min(3),
      /** What the picture shows, for people who cannot see it. */
      alt: z
        .string({ message: 'alt is missing: describe what the picture shows for people who cannot see it' })
        .trim()
        .min(5, { message: 'alt text must describe what the picture shows, in at least a few words' })
        .max(250, { message: 'alt text over 250 characters is hard to listen to; move detail into the caption' }),
      /** The line under the picture: what, where, when. */
      caption: z
        .string({ message: 'caption is missing: every figure needs a line saying what, where and when' })
        .trim()
        .min(5)
        .max(200, { message: 'a caption over 200 characters is a paragraph; shorten it' }),
      /** Who took the photo or owns the image, if it must be credited. */
      credit: z.string().trim().min(2).max(100).optional(),
    }),
    needsChildren: false,
    image: 'src',
    example: '<Figure src="cipfa-stand-2014.jpg" alt="Two oneSource staff at an exhibition stand" caption="Our stand at the CIPFA conference, June 2014" />',
  },
  SiteDetail: {
    props: z.object({
      /**
       * Which detail from content/site/settings.yaml to show: contact.email,
       * contact.response (how soon we reply), privacy.dataController,
       * privacy.lawfulBasis or privacy.records. It is written once there, so a
       * change shows everywhere, and it is marked "to be confirmed" until it is.
       */
      name: z.enum(SITE_DETAILS, { message: `name must be one of: ${SITE_DETAILS.join(', ')} (the details in content/site/settings.yaml)` }),
    }),
    needsChildren: false,
    example: '<SiteDetail name="contact.response" />',
  },
} satisfies Record<string, ComponentSpec>;

export type ComponentName = keyof typeof CATALOGUE;
export const COMPONENT_NAMES = Object.keys(CATALOGUE) as ComponentName[];

/** Image files a Figure may show, by extension. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'] as const;

/** "cipfa.jpg", "./cipfa.jpg", "../images/cipfa.jpg" and "images/cipfa.jpg" all mean content/images/cipfa.jpg. */
export function imageKey(src: string): string {
  return src.trim().replace(/^(\.\.?\/)+/, '').replace(/^(content\/)?images\//, '');
}

/** Turns zod's complaint about one prop into plain words a writer can act on. */
export function describePropIssue(component: string, issue: { path: PropertyKey[]; message: string }): { field: string; wrong: string; fix: string } {
  const prop = String(issue.path[0] ?? '');
  const field = `<${component}> ${prop}`.trim();
  const [wrong, fix] = splitMessage(issue.message);
  return { field, wrong, fix: fix ?? `see the ${component} section of content/README.md` };
}

/** Our messages read "what is wrong: how to fix it" or "what is wrong; how to fix it". */
export function splitMessage(message: string): [string, string | undefined] {
  const at = message.search(/[:;] /);
  if (at < 0) return [message, undefined];
  return [message.slice(0, at), message.slice(at + 2)];
}
