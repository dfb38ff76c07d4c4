/**
 * A news item dated in the future appears on its day with nobody pressing a
 * button: the publish workflow rebuilds every day (its cron in
 * .github/workflows/publish.yml), and each build decides what is live with
 * isLive(), the rule every page, the sitemap, search and RSS go through
 * (content-publishing.test.ts proves they all do).
 *
 * "Its day" is the day in London. At the scheduled time on every day of two
 * years, summer time and winter time and the days the clocks change, the
 * build must publish the item dated that day and hold back the one dated the
 * next, even if GitHub starts the run hours late, as it may under load.
 */
import { describe, it, expect, afterEach, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { isLive, siteToday } from '~/lib/content-rules';

/** A frontmatter date as the site reads it: `date: 2026-06-02` is midnight UTC. */
const dated = (day: string) => ({ draft: false, date: new Date(day) });
const dayOf = (d: Date) => d.toISOString().slice(0, 10);
const nextDay = (day: string) => dayOf(new Date(Date.parse(day) + 86_400_000));

const workflow = parse(readFileSync('.github/workflows/publish.yml', 'utf8')) as { on: { schedule: { cron: string }[] } };
const [minute, hour] = workflow.on.schedule[0]!.cron.split(' ').map(Number) as [number, number];
/** How late GitHub may start a scheduled run and still have it publish the right day. */
const LATE_HOURS = 6;

describe('the daily rebuild', () => {
  it('is scheduled once a day at a fixed UTC time', () => {
    expect(workflow.on.schedule).toHaveLength(1);
    expect(workflow.on.schedule[0]!.cron).toMatch(/^\d{1,2} \d{1,2} \* \* \*$/);
    // Early in the UTC day, so even a late start stays before 23:00 UTC, when summer's London date moves on.
    expect(hour + LATE_HOURS).toBeLessThan(23);
  });

  it('publishes the item dated today and holds back tomorrow’s, on every day of 2026 and 2027', () => {
    // London is never behind UTC (GMT in winter, an hour ahead in summer), so
    // from 00:00 to 22:59 UTC London's date is the UTC date.
    const wrong: string[] = [];
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
      const today = dayOf(new Date(t));
      for (const late of [0, 1, 3, LATE_HOURS]) {
        const run = new Date(t + ((hour + late) * 60 + minute) * 60_000);
        if (!isLive(dated(today), run)) wrong.push(`${run.toISOString()}: held back ${today}`);
        if (isLive(dated(nextDay(today)), run)) wrong.push(`${run.toISOString()}: published ${nextDay(today)} early`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('each build reads the clock when it runs, so the next day’s rebuild flips the item', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(Date.UTC(2026, 6, 1, hour, minute)));
    expect(isLive(dated('2026-07-02'))).toBe(false);
    vi.setSystemTime(new Date(Date.UTC(2026, 6, 2, hour, minute)));
    expect(isLive(dated('2026-07-02'))).toBe(true);
  });

  afterEach(() => vi.useRealTimers());
});

describe('"today" is the day in London', () => {
  it('in summer, a build after midnight in London (23:30 UTC) already publishes the new day’s item', () => {
    const run = new Date('2026-06-01T23:30:00Z'); // 00:30 BST on 2 June
    expect(siteToday(run)).toBe('2026-06-02');
    expect(isLive(dated('2026-06-02'), run)).toBe(true);
    expect(isLive(dated('2026-06-03'), run)).toBe(false);
  });

  it('in winter London is on UTC, so at 23:30 UTC the next day has not begun', () => {
    const run = new Date('2026-12-01T23:30:00Z');
    expect(siteToday(run)).toBe('2026-12-01');
    expect(isLive(dated('2026-12-02'), run)).toBe(false);
  });

  it('on the nights the clocks change', () => {
    expect(siteToday(new Date('2026-03-29T00:59:00Z'))).toBe('2026-03-29'); // GMT, just before the change
    expect(siteToday(new Date('2026-03-28T23:59:00Z'))).toBe('2026-03-28'); // still GMT
    expect(siteToday(new Date('2026-10-24T23:30:00Z'))).toBe('2026-10-25'); // BST, 00:30 on the 25th
    expect(siteToday(new Date('2026-10-25T23:30:00Z'))).toBe('2026-10-25'); // GMT again
  });

  it('a draft stays hidden on its day', () => {
    expect(isLive({ draft: true, date: new Date('2026-06-02') }, new Date('2026-06-02T12:00:00Z'))).toBe(false);
  });
});
