/**
 * `npm run new -- <type> "<title>"` writes a new content file with the right
 * name, every field it needs, and a body that shows the shape of a good page.
 * Lines starting ✎ are instructions: `npm run check:content` reports any that
 * are left, so none can reach the public site. News and events start as
 * drafts.
 *
 *   npm run new -- news "oneSource shortlisted for MJ Awards"
 *   npm run new -- event "CIPFA annual conference" --date 2026-07-08
 *   npm run new -- service|sector|page|method|way "Title"
 *
 * Without a title it asks for one. --date sets a news item's date or an
 * event's first day (default: today); --slug sets the file name.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { calendarDay } from '../src/lib/content-rules.ts';

const METHODS = ['full-partner', 'junior-partner', 'company-shareholder', 'lead-authority-customer', 'tendered-customer'];
const FAMILIES = ['finance', 'people', 'legal-and-governance', 'revenues-and-benefits', 'technology', 'property-and-facilities'];

/** "oneSource shortlisted for MJ Awards" -> "onesource-shortlisted-for-mj-awards", at most 60 characters, cut at a hyphen. */
export function slugify(title) {
  const s = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/£(\d+(?:\.\d+)?)m\b/g, '$1m')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length <= 60) return s;
  return s.slice(0, 61).replace(/-[^-]*$/, '');
}

/** YAML double-quoted string. */
const q = (s) => JSON.stringify(s);

const SUMMARY = q('✎ Replace with 1 or 2 sentences for search results and lists, between 50 and 160 characters.');

/** The file each type lives in, its frontmatter and its body. */
export const TYPES = {
  news: {
    folder: 'news',
    name: (slug, date) => `${date}-${slug}`,
    url: (id) => `/news/${id}/`,
    frontmatter: ({ title, date }) => `# A news item: a media release, award, milestone or feature. Fields: content/README.md, "News".
title: ${q(title)}
summary: ${SUMMARY}
# Publication date. A date in the future keeps the item off the site until that day.
date: ${date}
# media-release, award, milestone or feature
kind: media-release
# true keeps it off the site, the sitemap, search and RSS. Change to false to publish.
draft: true`,
    body: () => `✎ First paragraph: what happened, who did it, when and where, in 2 or 3 short sentences.

## ✎ A heading for the detail

✎ The detail, in short paragraphs. Write "we" for oneSource and "you" for the reader. Spell out each acronym the first time, for example "Transfer of Undertakings (Protection of Employment) (TUPE)". Every figure needs its source.

{/* Components you can use here, with no import line (see content/README.md):
    <KeyFigure value="£40m" label="savings forecast for Havering and Newham by 2018/19" source="oneSource business development plan, May 2014" />
    <Quote by="Their name" role="Their job title">Their words, as they said them.</Quote>
    <CalculatorLink service="payroll" />
*/}

✎ End with where to find out more, as a link with words that say where it goes, for example [how to join oneSource](/joining/).
`,
  },
  event: {
    folder: 'events',
    name: (slug) => slug,
    url: (id) => `/events/#${id}`,
    frontmatter: ({ title, date }) => `# A conference, exhibition, award ceremony, talk or network meeting. Fields: content/README.md, "Events".
title: ${q(title)}
summary: ${SUMMARY}
# First day, YYYY-MM-DD. Add an "end:" line for events longer than a day.
start: ${date}
# If only the month or year is known, add: datePrecision: month (or year)
# Where it happens. Delete the line if it is not known yet.
location: "✎ Town or city"
# conference, exhibition, award, speaking or network
kind: conference
organiser: "✎ Who runs it"
# true keeps it off the site. Change to false to publish.
draft: true`,
    body: () => `✎ One short paragraph: why we are there and who we hope to meet.

{/* The events page gives each event a level-2 heading, so headings here start at ###. */}

### ✎ What we will talk about

✎ The talk, stand or award entry, in a sentence or two. Say how to meet us there.
`,
  },
  service: {
    folder: 'services',
    name: (slug) => slug,
    url: (id) => `/services/${id}/`,
    frontmatter: ({ title }) => `# One of our services. Fields: content/README.md, "Services".
# Also add a row for it to content/calculator/services.yaml, or the build stops.
title: ${q(title)}
summary: ${SUMMARY}
# The group it is listed under on /services/: ${FAMILIES.join(', ')}
family: finance
# Keep the levels you offer: transactional, operational, strategic
levels: [transactional, operational, strategic]
# The on-boarding routes open for this service (content/joining/). Remove any that are not.
methods: [${METHODS.join(', ')}]
# File names (without .mdx) of related services in content/services/, for example [payroll, pensions]
related: []
covers:
  - "✎ First thing the service covers"
  - "✎ Second thing the service covers"
# Position on /services/, lowest first
order: 100`,
    body: ({ slug }) => `## What the service does

✎ 2 or 3 sentences on what the service does for the organisations that share it.

## What each level includes

- **Transactional**: ✎ the day-to-day work.
- **Operational**: ✎ running and improving the service.
- **Strategic**: ✎ advice to your leaders.

## How sharing saves money

✎ Which of the 3 savings levers apply (fewer senior management costs, no duplicated work, better processes), and how.

## Before you join

✎ What to look at first: systems, contracts, staff, timing.

<CalculatorLink service="${slug}" />
`,
  },
  sector: {
    folder: 'sectors',
    name: (slug) => slug,
    url: (id) => `/who-we-work-with/${id}/`,
    frontmatter: ({ title }) => `# A kind of organisation we work with. Fields: content/README.md, "Sectors".
# Also add a row for it to content/calculator/organisations.yaml, or the build stops.
title: ${q(title)}
summary: ${SUMMARY}
# Position on /who-we-work-with/, lowest first
order: 100
# true only for local authorities: only councils can join the Joint Committee
isCouncil: true
# councils or wider-public-sector
group: councils
# One of them, as the calculator names it, for example "District council" (at most 40 characters)
label: "✎ One of them"
# Routes open to them. If isCouncil is false, remove full-partner and junior-partner.
methods: [${METHODS.join(', ')}]
# The services most relevant to them (file names in content/services/)
services: [payroll, hr, finance]`,
    body: ({ slug }) => `## What we offer

✎ What these organisations need from a shared back office, and what we offer them.

## How you can join

✎ Which routes are open to them and why. Link to each one, for example [full partner](/joining/full-partner/).

<CalculatorLink sector="${slug}" />
`,
  },
  page: {
    folder: 'pages',
    name: (slug) => slug,
    url: (id) => `/${id}/`,
    frontmatter: ({ title }) => `# An ordinary page, published at /<file name>/. Fields: content/README.md, "Pages".
title: ${q(title)}
summary: ${SUMMARY}
# A shorter label for breadcrumbs and menus (optional, at most 30 characters)
# navLabel: "Short label"`,
    body: () => `✎ An opening paragraph: what this page tells the reader, in 2 or 3 sentences.

## ✎ First section heading

✎ Short paragraphs. Use ### for a heading inside this section.

<CallToAction title="Talk to us" href="/contact/" label="Contact us">
✎ One sentence on why the reader should get in touch.
</CallToAction>
`,
  },
  method: {
    folder: 'joining',
    name: (slug) => slug,
    url: (id) => `/joining/${id}/`,
    frontmatter: ({ title }) => `# An on-boarding method. Fields: content/README.md, "On-boarding methods".
# The five methods are fixed by the calculator's shareable links, so a new one
# needs the web team before it can be published: they add it to the calculator,
# then you add its row to content/calculator/routes.yaml (the build stops until it has one).
title: ${q(title)}
summary: ${SUMMARY}
shortName: "✎ Short name"
order: 100
# true when only councils can use it (the Joint Committee routes)
councilsOnly: false
openTo: "✎ One sentence on who can use this route."
description: "✎ What the route is, in 1 or 2 sentences."
governance:
  - "✎ How decisions are made"
basis:
  - "✎ How an organisation comes on board: delegation, staff transfer, contract"
whenItFits:
  - "✎ When this route fits"
advantagesForYou:
  - "✎ An advantage for the joining organisation"
disadvantagesForYou:
  - "✎ A disadvantage for the joining organisation"
advantagesForFounders:
  - "✎ An advantage for Havering and Newham"
disadvantagesForFounders:
  - "✎ A disadvantage for Havering and Newham"
compare:
  tupe: "✎ Staff transfer, in a phrase"
  procurement: "✎ Procurement needed, in a phrase"
  control: "✎ Control, in a phrase"
  pensions: "✎ Pension effect, in a phrase"
  marketTesting: "✎ Market testing, in a phrase"`,
    body: () => `## How it works

1. ✎ First step.
2. ✎ Next step.

## The legal basis

✎ The law the route rests on today (for example the Procurement Act 2023, Schedule 2), in plain words.
`,
  },
  way: {
    folder: 'ways',
    name: (slug) => slug,
    url: (id) => `/ways-to-work-with-us/#${id}`,
    frontmatter: ({ title }) => `# A way to work with us, shown on /ways-to-work-with-us/. Fields: content/README.md, "Ways to work with us".
title: ${q(title)}
summary: ${SUMMARY}
order: 100
# Services that show this way of working best (file names in content/services/), for example [payroll, hr]
services: []`,
    body: () => `{/* The page gives each way a level-2 heading, so headings here start at ###. */}

✎ 2 or 3 sentences on what this way of working offers and who it suits.

### ✎ What you get

✎ Short paragraphs or a list.
`,
  },
};

/** The file a title becomes, and its text. Pure, for the tests. */
export function scaffold(type, title, { date = new Date().toISOString().slice(0, 10), slug } = {}) {
  const t = TYPES[type];
  if (!t) throw new Error(`"${type}" is not a content type. Use one of: ${Object.keys(TYPES).join(', ')}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`--date ${date}: write the date as YYYY-MM-DD`);
  if (!calendarDay(date)) throw new Error(`--date ${date}: there is no such day; check the month and the day`);
  const s = slug ?? slugify(title);
  if (!s) throw new Error('the title needs at least one letter or digit to make a file name');
  const id = t.name(s, date);
  const path = `content/${t.folder}/${id}.mdx`;
  const text = `---\n${t.frontmatter({ title: title.trim(), date })}\n---\n\n${t.body({ slug: s })}`;
  return { path, id, url: t.url(id), text };
}

async function main() {
  const args = process.argv.slice(2);
  const flags = {};
  const rest = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--date' || args[i] === '--slug') flags[args[i].slice(2)] = args[++i];
    else rest.push(args[i]);
  }
  const [type, ...words] = rest;
  if (!type || !TYPES[type]) {
    console.log(`Usage: npm run new -- <type> "<title>" [--date YYYY-MM-DD] [--slug file-name]\nTypes: ${Object.keys(TYPES).join(', ')}\nExample: npm run new -- news "oneSource shortlisted for MJ Awards"`);
    process.exit(type ? 1 : 0);
  }
  let title = words.join(' ').trim();
  if (!title && process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    title = (await rl.question(`Title of the new ${type}: `)).trim();
    rl.close();
  }
  if (!title) {
    console.error(`Give the ${type} a title: npm run new -- ${type} "The title"`);
    process.exit(1);
  }
  let result;
  try {
    result = scaffold(type, title, flags);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
  if (existsSync(result.path)) {
    console.error(`${result.path} already exists. Choose another title, or add --slug another-name.`);
    process.exit(1);
  }
  mkdirSync(dirname(join(process.cwd(), result.path)), { recursive: true });
  writeFileSync(result.path, result.text);
  const draft = type === 'news' || type === 'event';
  console.log(`Created ${result.path}
${title.length > 70 ? `\nNote: the title is ${title.length} characters; search engines cut titles off at 70, so shorten it by ${title.length - 70}.\n` : ''}
Next:
  1. Open the file and replace every line that starts with ✎.
  2. npm run check:content        lists anything still to fix, with the line
  3. npm run dev                  then open http://127.0.0.1:4321${result.url}${draft ? ' (drafts show in preview only)' : ''}
  ${draft ? '4. When it is ready, change "draft: true" to "draft: false".' : '4. Commit the file (content/README.md, "Publishing").'}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
