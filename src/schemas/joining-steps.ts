import { z } from 'astro/zod';
import { slug, title, summary, linkHref } from './shared';
import { METHOD_SLUGS } from './joining';

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
  /**
   * A caution on the times this step shows from the calculator's data, in
   * words, for example that the source measured them under an older law.
   * Shown under the times.
   */
  timesNote: noDuration(z.string().trim().min(20).max(300)).optional(),
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
    /** The steps, in order: at least 3, and every route named by at least one. */
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
