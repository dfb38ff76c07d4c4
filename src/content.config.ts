/**
 * Content collections. Everything a visitor reads lives under the top-level
 * `content/` folder so the comms team never has to open `src/`. The schemas
 * themselves are in `schemas/`, one file per collection (plain Zod, testable without Astro).
 */
import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import {
  serviceSchema,
  methodSchema,
  waySchema,
  sectorSchema,
  newsSchema,
  eventSchema,
  pageSchema,
  arrangementSchema,
  termSchema,
  messagesSchema,
  settingsSchema,
  acronymSchema,
  calculatorSourceSchema,
  calculatorParameterSchema,
  calculatorServiceSchema,
  calculatorRouteSchema,
  calculatorOrganisationSchema,
  joiningStepsSchema,
  caseStudySchema,
} from './schemas';

const mdx = (folder: string) => glob({ pattern: '**/[^_]*.{md,mdx}', base: `./content/${folder}` });

export const collections = {
  services: defineCollection({ loader: mdx('services'), schema: serviceSchema }),
  joining: defineCollection({ loader: mdx('joining'), schema: methodSchema }),
  ways: defineCollection({ loader: mdx('ways'), schema: waySchema }),
  sectors: defineCollection({ loader: mdx('sectors'), schema: sectorSchema }),
  news: defineCollection({ loader: mdx('news'), schema: ({ image }) => newsSchema(image()) }),
  events: defineCollection({ loader: mdx('events'), schema: eventSchema }),
  pages: defineCollection({ loader: mdx('pages'), schema: pageSchema }),
  caseStudies: defineCollection({ loader: mdx('case-studies'), schema: caseStudySchema }),
  landscape: defineCollection({ loader: file('./content/landscape/arrangements.yaml'), schema: arrangementSchema }),
  glossary: defineCollection({ loader: file('./content/glossary/terms.yaml'), schema: termSchema }),
  messages: defineCollection({ loader: glob({ pattern: 'messages.yaml', base: './content/site' }), schema: messagesSchema }),
  settings: defineCollection({ loader: glob({ pattern: 'settings.yaml', base: './content/site' }), schema: settingsSchema }),
  // The words of /joining/step-by-step/; its times come from calculatorRoutes, never from here.
  joiningSteps: defineCollection({ loader: glob({ pattern: 'step-by-step.yaml', base: './content/joining' }), schema: joiningStepsSchema }),
  // Not shown as a page: the content check reads it to tell writers how to spell each acronym out.
  acronyms: defineCollection({ loader: file('./content/site/acronyms.yaml'), schema: acronymSchema }),
  // The savings calculator's numbers, each with its unit and source (see content/calculator/).
  calculatorSources: defineCollection({ loader: file('./content/calculator/sources.yaml'), schema: calculatorSourceSchema }),
  calculatorParameters: defineCollection({ loader: file('./content/calculator/parameters.yaml'), schema: calculatorParameterSchema }),
  calculatorServices: defineCollection({ loader: file('./content/calculator/services.yaml'), schema: calculatorServiceSchema }),
  calculatorRoutes: defineCollection({ loader: file('./content/calculator/routes.yaml'), schema: calculatorRouteSchema }),
  calculatorOrganisations: defineCollection({ loader: file('./content/calculator/organisations.yaml'), schema: calculatorOrganisationSchema }),
};
