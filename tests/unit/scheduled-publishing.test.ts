/**
 * A news item dated in the future appears on its day with nobody pressing a
 * button: the publish workflow runs every day, with a backstop run later the
 * same morning (its crons in .github/workflows/publish.yml), and each build
 * decides what is live with isLive(), the rule every page, the sitemap,
 * search and RSS go through (content-publishing.test.ts proves they all do).
 * A scheduled run deploys only when something would differ from what is
 * live (deploy/plan.mjs), so the backstop skips once a run has published.
 *
 * "Its day" is the day in London. At each scheduled time on every day of two
 * years, summer time and winter time and the days the clocks change, the
 * build must publish the item dated that day and hold back the one dated the
 * next, even if GitHub starts the run hours late, as it may under load.
 */
import { describe, it, expect, afterEach, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { isLive, siteToday } from '~/lib/content-rules';
import { decide, lastDeploy } from '../../deploy/plan.mjs';

/** A frontmatter date as the site reads it: `date: 2026-06-02` is midnight UTC. */
const dated = (day: string) => ({ draft: false, date: new Date(day) });
const dayOf = (d: Date) => d.toISOString().slice(0, 10);
const nextDay = (day: string) => dayOf(new Date(Date.parse(day) + 86_400_000));

const workflow = parse(readFileSync('.github/workflows/publish.yml', 'utf8')) as { on: { schedule: { cron: string }[] } };
const times = workflow.on.schedule.map(({ cron }) => cron.split(' ').map(Number) as [number, number]);
const [minute, hour] = times[0]!;
/** How late GitHub may start a scheduled run and still have it publish the right day. */
const LATE_HOURS = 6;

describe('the daily rebuild', () => {
  it('is scheduled twice a day, the daily run and its backstop, at fixed UTC times', () => {
    expect(workflow.on.schedule).toHaveLength(2);
    for (const { cron } of workflow.on.schedule) expect(cron).toMatch(/^\d{1,2} \d{1,2} \* \* \*$/);
    // Early in the UTC day, so even a late start stays before 23:00 UTC, when summer's London date moves on.
    for (const [, h] of times) expect(h + LATE_HOURS).toBeLessThan(23);
    // The backstop comes hours after the daily run, so a dropped run costs hours, not a day.
    expect(times[1]![1] - hour).toBeGreaterThanOrEqual(3);
  });

  it('publishes the item dated today and holds back tomorrow’s, on every day of 2026 and 2027', () => {
    // London is never behind UTC (GMT in winter, an hour ahead in summer), so
    // from 00:00 to 22:59 UTC London's date is the UTC date.
    const wrong: string[] = [];
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
      const today = dayOf(new Date(t));
      for (const [[m, h], late] of times.flatMap((time) => [0, 1, 3, LATE_HOURS].map((late) => [time, late] as const))) {
        const run = new Date(t + ((h + late) * 60 + m) * 60_000);
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

describe('a scheduled run deploys only when something would change (deploy/plan.mjs)', () => {
  const sha = 'a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2';
  const other = 'ffffffffffffffffffffffffffffffffffffffff';
  const at = (h: number, m: number, day = '2026-07-02') => new Date(`${day}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00Z`);
  const [bm, bh] = times[1]!;
  const dates = ['2026-06-30', '2026-07-02', '2026-07-09'];

  it('the backstop skips when the daily run published', () => {
    const daily = { sha, builtAt: at(hour, minute + 2).toISOString() };
    expect(decide({ event: 'schedule', now: at(bh, bm), sha, last: daily, dates })).toMatchObject({ deploy: false });
    // ...even with a news date it cannot read, which otherwise counts as due...
    expect(decide({ event: 'schedule', now: at(bh, bm), sha, last: daily, dates: ['unreadable'] })).toMatchObject({ deploy: false });
    // ...and when GitHub started the daily run hours late.
    expect(decide({ event: 'schedule', now: at(bh + 2, bm), sha, last: { sha, builtAt: at(bh - 1, 0).toISOString() }, dates })).toMatchObject({ deploy: false });
  });

  it('the backstop publishes when the daily run was dropped or failed, and news is due', () => {
    const yesterday = { sha, builtAt: at(hour, minute + 2, '2026-07-01').toISOString() };
    const r = decide({ event: 'schedule', now: at(bh, bm), sha, last: yesterday, dates });
    expect(r).toEqual({ deploy: true, why: 'News dated 2026-07-02 goes live since the last publish (built 2026-07-01).' });
  });

  it('news whose day passed while no run published still goes out', () => {
    const threeDaysAgo = { sha, builtAt: at(hour, minute, '2026-06-29').toISOString() };
    expect(decide({ event: 'schedule', now: at(hour, minute), sha, last: threeDaysAgo, dates }).why).toBe('News dated 2026-06-30, 2026-07-02 goes live since the last publish (built 2026-06-29).');
  });

  it('skips the day when nothing changed and no news reaches its date', () => {
    const yesterday = { sha, builtAt: at(hour, minute, '2026-07-03').toISOString() };
    expect(decide({ event: 'schedule', now: at(hour, minute, '2026-07-04'), sha, last: yesterday, dates })).toMatchObject({ deploy: false });
  });

  it('publishes when main changed since the last deploy (a merge whose publish failed)', () => {
    const earlier = { sha: other, builtAt: at(hour, minute).toISOString() };
    expect(decide({ event: 'schedule', now: at(bh, bm), sha, last: earlier, dates })).toMatchObject({ deploy: true });
  });

  it('a merge to main and a run by hand always publish', () => {
    const today = { sha, builtAt: at(hour, minute).toISOString() };
    expect(decide({ event: 'push', now: at(bh, bm), sha, last: today, dates }).deploy).toBe(true);
    expect(decide({ event: 'workflow_dispatch', now: at(bh, bm), sha, last: today, dates }).deploy).toBe(true);
  });

  it('publishes when it cannot tell: no earlier publish, or a date it cannot read', () => {
    expect(decide({ event: 'schedule', now: at(hour, minute), sha, last: null, dates }).deploy).toBe(true);
    const yesterday = { sha, builtAt: at(hour, minute, '2026-07-01').toISOString() };
    expect(decide({ event: 'schedule', now: at(hour, minute, '2026-07-04'), sha, last: yesterday, dates: ['unreadable'] }).deploy).toBe(true);
  });

  it('a build just after midnight in London counts for the new day, as the build itself did', () => {
    // 23:30 UTC on 1 July is 00:30 on 2 July in London: that build already published the item dated 2 July.
    const justAfterMidnight = { sha, builtAt: '2026-07-01T23:30:00Z' };
    expect(decide({ event: 'schedule', now: at(hour, minute), sha, last: justAfterMidnight, dates })).toMatchObject({ deploy: false });
  });
});

describe('finding the last deploy in GitHub’s runs of publish.yml', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('takes the newest run whose deploy job succeeded, built when its Build and test job started', async () => {
    const answers: Record<string, unknown> = {
      'actions/workflows/publish.yml/runs?branch=main&status=completed&per_page=30': {
        workflow_runs: [
          { id: 9, head_sha: 'this-run' },
          { id: 8, head_sha: 'skipped-day', run_started_at: '2026-07-02T04:20:00Z' },
          { id: 7, head_sha: 'failed-deploy', run_started_at: '2026-07-02T00:20:00Z' },
          { id: 6, head_sha: 'published', run_started_at: '2026-07-01T00:21:00Z' },
        ],
      },
      'actions/runs/8/jobs?per_page=100': { jobs: [{ name: 'Decide what to publish', conclusion: 'success' }] },
      'actions/runs/7/jobs?per_page=100': { jobs: [{ name: 'checks / Build and test', conclusion: 'success', started_at: '2026-07-02T00:22:00Z' }, { name: 'Deploy to Netlify', conclusion: 'failure' }] },
      'actions/runs/6/jobs?per_page=100': { jobs: [{ name: 'checks / Build and test', conclusion: 'success', started_at: '2026-07-01T00:23:00Z' }, { name: 'Deploy to Netlify', conclusion: 'success' }] },
    };
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      const path = url.replace('https://api.github.com/repos/council/site/', '');
      asked.push(path);
      return { ok: path in answers, status: path in answers ? 200 : 404, json: async () => answers[path] };
    });
    const last = await lastDeploy({ api: 'https://api.github.com', repo: 'council/site', workflow: 'publish.yml', thisRun: '9' });
    expect(last).toEqual({ sha: 'published', builtAt: '2026-07-01T00:23:00Z' });
    expect(asked).not.toContain('actions/runs/9/jobs?per_page=100');
  });

  it('says what GitHub answered when it cannot list the runs', async () => {
    vi.stubGlobal('fetch', async () => ({ ok: false, status: 403, json: async () => ({}) }));
    await expect(lastDeploy({ api: 'https://api.github.com', repo: 'council/site', workflow: 'publish.yml', thisRun: '1' })).rejects.toThrow('GitHub answered 403 to actions/workflows/publish.yml/runs');
  });
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
