import { z } from 'astro/zod';
import { title, summary, date } from './shared';

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
    /** What kind of event: a conference, an exhibition, an award ceremony, a speaking slot or a professional network. */
    kind: z.enum(['conference', 'exhibition', 'award', 'speaking', 'network']),
    /** The organiser, for example "CIPFA". Leave out when the source does not name one. */
    organiser: z.string().min(2).max(80).optional(),
    /** true keeps the event off the site until it is ready. */
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
