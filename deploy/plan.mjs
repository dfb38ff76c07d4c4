/**
 * The first job of every publish run (.github/workflows/publish.yml): decides
 * whether this run deploys, and where to.
 *
 * - Only main is ever published. A run by hand from another branch stops
 *   here with a message.
 * - DEPLOY_TARGET names the host: pages (or unset), netlify, cloudflare or
 *   nginx, in any case. Anything else stops the run with a message, where it
 *   would otherwise deploy nothing and still show green.
 * - A merge to main and a run by hand always deploy. A scheduled run (the
 *   daily one and its backstop, which both run this same rule) deploys only
 *   when something would differ from what is live: main has changed since the
 *   last deploy, or a news item has reached its date since that deploy was
 *   built. So once a run has published today, the backstop skips; when the
 *   daily run was dropped or failed, the backstop publishes.
 *
 * Plain Node 24 with no packages, so the job needs no npm ci. "Today" comes
 * from the site's own rule (src/lib/content-rules.ts).
 */
import { readdirSync, readFileSync, appendFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { siteToday } from '../src/lib/content-rules.ts';

export const TARGETS = ['pages', 'netlify', 'cloudflare', 'nginx'];

/** The deploy target DEPLOY_TARGET names, or an error saying what to write instead. */
export function chooseTarget(value = '') {
  const target = value.trim().toLowerCase() || 'pages';
  if (TARGETS.includes(target)) return { target };
  return { error: `The repository variable DEPLOY_TARGET is "${value}"; use ${TARGETS.join(', ')} (see content/README.md, section 12)` };
}

/**
 * The dates of the news items that are not drafts, as YYYY-MM-DD, read from
 * each file's fields. A date this cannot read is returned as "unreadable",
 * which the decision treats as due: a needless deploy costs minutes, a
 * missed one costs a day's news.
 */
export function newsDates(dir = 'content/news') {
  const dates = [];
  for (const file of readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).sort()) {
    const fields = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(`${dir}/${file}`, 'utf8'))?.[1];
    if (fields === undefined) {
      dates.push('unreadable');
      continue;
    }
    if (/^draft:\s*true\s*$/m.test(fields)) continue;
    dates.push(/^date:\s*["']?(\d{4}-\d{2}-\d{2})["']?\s*(#.*)?$/m.exec(fields)?.[1] ?? 'unreadable');
  }
  return dates;
}

/**
 * Whether this run deploys, and why, in words for the job summary.
 *
 * @param {object} p
 * @param {string} p.event        github.event_name
 * @param {Date} p.now            when this run decides
 * @param {string} p.sha          the commit this run would build
 * @param {{ sha: string, builtAt: string } | null} p.last
 *   the newest run that deployed: its commit, and when its build started
 *   (null if none is found)
 * @param {string[]} p.dates      newsDates()
 */
export function decide({ event, now, sha, last, dates }) {
  if (event !== 'schedule') return { deploy: true, why: `A ${event === 'push' ? 'merge to main' : 'run by hand'} always publishes.` };
  if (!last) return { deploy: true, why: 'No earlier publish was found, so this one publishes.' };
  const today = siteToday(now);
  const builtOn = siteToday(new Date(last.builtAt));
  if (last.sha !== sha) return { deploy: true, why: `main has changed since the last publish (${last.sha.slice(0, 7)}, built ${builtOn}), so this run publishes ${sha.slice(0, 7)}.` };
  if (builtOn >= today) return { deploy: false, why: `${sha.slice(0, 7)} was already built and published today (${today}, London), so there is nothing new to publish.` };
  const due = dates.filter((d) => d === 'unreadable' || (d > builtOn && d <= today));
  if (due.length) return { deploy: true, why: `News dated ${[...new Set(due)].join(', ')} goes live since the last publish (built ${builtOn}).` };
  return { deploy: false, why: `Nothing has changed since the last publish (built ${builtOn}) and no news item reaches its date, so there is nothing new to publish.` };
}

/** The newest completed run of this workflow on main whose deploy job succeeded. */
export async function lastDeploy({ api, repo, workflow, thisRun }) {
  const get = async (path) => {
    const res = await fetch(`${api}/repos/${repo}/${path}`, {
      headers: { authorization: `Bearer ${process.env.GH_TOKEN}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
    });
    if (!res.ok) throw new Error(`GitHub answered ${res.status} to ${path}`);
    return res.json();
  };
  const { workflow_runs: runs } = await get(`actions/workflows/${workflow}/runs?branch=main&status=completed&per_page=30`);
  for (const run of runs) {
    if (String(run.id) === thisRun) continue;
    const { jobs } = await get(`actions/runs/${run.id}/jobs?per_page=100`);
    if (!jobs.some((j) => j.name.startsWith('Deploy to ') && j.conclusion === 'success')) continue;
    // The build reads the clock, so "built" is when the build job started.
    const build = jobs.find((j) => j.name.endsWith('Build and test'));
    return { sha: run.head_sha, builtAt: build?.started_at ?? run.run_started_at };
  }
  return null;
}

async function main() {
  const env = process.env;
  const out = (line) => appendFileSync(env.GITHUB_OUTPUT ?? '/dev/null', `${line}\n`);
  const say = (line) => {
    console.log(line);
    appendFileSync(env.GITHUB_STEP_SUMMARY ?? '/dev/null', `${line}\n`);
  };

  if (env.GITHUB_REF !== 'refs/heads/main') {
    console.log(`::error title=Publish::Only main is published; this run is from ${env.GITHUB_REF}. Merge the change, or run Publish from main.`);
    return 1;
  }
  const { target, error } = chooseTarget(env.DEPLOY_TARGET);
  if (error) {
    console.log(`::error title=DEPLOY_TARGET::${error}`);
    return 1;
  }

  let last = null;
  if (env.GITHUB_EVENT_NAME === 'schedule') {
    try {
      const workflow = /\/\.github\/workflows\/([^@]+)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1] ?? 'publish.yml';
      last = await lastDeploy({ api: env.GITHUB_API_URL ?? 'https://api.github.com', repo: env.GITHUB_REPOSITORY, workflow, thisRun: env.GITHUB_RUN_ID });
    } catch (e) {
      console.log(`::warning title=Publish::Could not find the last publish (${e.message}), so this run publishes.`);
    }
  }
  const { deploy, why } = decide({ event: env.GITHUB_EVENT_NAME, now: new Date(), sha: env.GITHUB_SHA, last, dates: newsDates() });
  say(`## ${deploy ? `Publishing to ${target}` : 'Nothing to publish'}`);
  say('');
  say(why);
  out(`deploy=${deploy}`);
  out(`target=${target}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(await main());
