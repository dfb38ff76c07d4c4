/**
 * Which files under content/ belong to which collection, and the schema each
 * is checked with. These are the schemas src/content.config.ts gives Astro
 * (imported from the same module), so the check and the build agree. A unit
 * test compares this table with content.config.ts so a new collection cannot
 * be added to the site without being checked here too.
 */
import { z } from 'astro/zod';
import * as schemas from '../../src/schemas/index.ts';

export interface MdxCollection {
  kind: 'mdx';
  name: string;
  folder: string;
  schema: z.ZodType;
  /** The heading level the body should start at: 2 under the page's h1, 3 where the page already gives each item an h2. */
  firstHeading: 2 | 3;
  /** The page the item appears on, for link checks; undefined when it has no page of its own. */
  url?: (id: string) => string;
  /** What one item is called in messages. */
  noun: string;
}

export interface DataFile {
  kind: 'yaml';
  name: string;
  /** Path under content/. */
  file: string;
  /** "list": a YAML list of items, each with an id. "single": one object. */
  shape: 'list' | 'single';
  schema: z.ZodType;
  noun: string;
}

// Astro's image() helper checks that the file exists; here the path is a
// string and the check's image rule looks for the file itself.
const newsSchema = schemas.newsSchema(z.string({ message: 'image.src is missing: name the picture file, for example "../images/cipfa-stand-2014.jpg"' }));

export const MDX_COLLECTIONS: MdxCollection[] = [
  { kind: 'mdx', name: 'services', folder: 'services', schema: schemas.serviceSchema, firstHeading: 2, url: (id) => `/services/${id}/`, noun: 'service' },
  { kind: 'mdx', name: 'joining', folder: 'joining', schema: schemas.methodSchema, firstHeading: 2, url: (id) => `/joining/${id}/`, noun: 'on-boarding method' },
  { kind: 'mdx', name: 'ways', folder: 'ways', schema: schemas.waySchema, firstHeading: 3, url: (id) => `/ways-to-work-with-us/#${id}`, noun: 'way to work with us' },
  { kind: 'mdx', name: 'sectors', folder: 'sectors', schema: schemas.sectorSchema, firstHeading: 2, url: (id) => `/who-we-work-with/${id}/`, noun: 'sector' },
  { kind: 'mdx', name: 'news', folder: 'news', schema: newsSchema, firstHeading: 2, url: (id) => `/news/${id}/`, noun: 'news item' },
  { kind: 'mdx', name: 'events', folder: 'events', schema: schemas.eventSchema, firstHeading: 3, url: (id) => `/events/#${id}`, noun: 'event' },
  { kind: 'mdx', name: 'caseStudies', folder: 'case-studies', schema: schemas.caseStudySchema, firstHeading: 2, url: (id) => `/case-studies/${id}/`, noun: 'case study' },
  { kind: 'mdx', name: 'pages', folder: 'pages', schema: schemas.pageSchema, firstHeading: 2, url: (id) => `/${id}/`, noun: 'page' },
];

const s = schemas as unknown as Record<string, z.ZodType | undefined>;

/** YAML data files. The calculator's are included once their schemas exist in src/schemas/calculator.ts. */
export const DATA_FILES: DataFile[] = [
  { kind: 'yaml', name: 'landscape', file: 'landscape/arrangements.yaml', shape: 'list', schema: schemas.arrangementSchema, noun: 'shared-service arrangement' },
  { kind: 'yaml', name: 'glossary', file: 'glossary/terms.yaml', shape: 'list', schema: schemas.termSchema, noun: 'glossary term' },
  { kind: 'yaml', name: 'messages', file: 'site/messages.yaml', shape: 'single', schema: schemas.messagesSchema, noun: 'key messages' },
  { kind: 'yaml', name: 'settings', file: 'site/settings.yaml', shape: 'single', schema: schemas.settingsSchema, noun: 'site settings' },
  { kind: 'yaml', name: 'joiningSteps', file: 'joining/step-by-step.yaml', shape: 'single', schema: schemas.joiningStepsSchema, noun: 'joining step by step' },
  { kind: 'yaml', name: 'acronyms', file: 'site/acronyms.yaml', shape: 'list', schema: schemas.acronymSchema, noun: 'acronym' },
  ...(
    [
      ['calculatorSources', 'calculator/sources.yaml', 'calculatorSourceSchema', 'calculator source'],
      ['calculatorParameters', 'calculator/parameters.yaml', 'calculatorParameterSchema', 'calculator parameter'],
      ['calculatorServices', 'calculator/services.yaml', 'calculatorServiceSchema', 'calculator service'],
      ['calculatorRoutes', 'calculator/routes.yaml', 'calculatorRouteSchema', 'calculator route'],
      ['calculatorOrganisations', 'calculator/organisations.yaml', 'calculatorOrganisationSchema', 'calculator organisation'],
    ] as const
  )
    .filter(([, , schema]) => s[schema])
    .map(([name, file, schema, noun]): DataFile => ({ kind: 'yaml', name, file, shape: 'list', schema: s[schema]!, noun })),
];

/** Folders and files under content/ that are not collections and are left alone. */
export const NOT_CONTENT = [/^README\.md$/, /^images\//, /(^|\/)\.[^/]+$/];
