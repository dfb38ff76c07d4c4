/**
 * Every address the built site will answer, worked out from src/pages (fixed
 * pages and endpoints) and the content (one page per service, method, sector,
 * news item, ordinary page). A link to anything else is broken.
 *
 * A dynamic route we do not know how to list (a new [slug] folder) accepts
 * any address of its shape rather than failing links we cannot judge.
 */
import { join } from 'node:path';
import { walk } from './files.ts';
import { closest, oneOf } from './problems.ts';

/** Which collection fills each dynamic route, by the route file's folder. */
const DYNAMIC: Record<string, string> = {
  services: 'services',
  joining: 'joining',
  'who-we-work-with': 'sectors',
  news: 'news',
  'case-studies': 'caseStudies',
  '': 'pages',
};

export interface Routes {
  /** Pages, each ending in "/". */
  pages: Set<string>;
  /** Endpoints and files with an extension: "/news/rss.xml", "/favicon.png". */
  files: Set<string>;
  /** Patterns for dynamic routes we cannot list. */
  wildcards: RegExp[];
  /** News items that exist but are not live (draft or dated in the future), by address. */
  hidden: Map<string, string>;
  /** Slugs by collection, for the calculator's query parameters. */
  ids: Record<string, string[]>;
}

export function buildRoutes(
  root: string,
  ids: Record<string, string[]>,
  hiddenNews: { id: string; why: string }[],
  // The addresses every site build adds.
  extras = ['/sitemap-index.xml', '/sitemap-0.xml'],
): Routes {
  const routes: Routes = { pages: new Set(), files: new Set(extras), wildcards: [], hidden: new Map(), ids };
  for (const file of walk(join(root, 'src/pages'))) {
    const m = /^(.*?)\.(astro|md|mdx|html|ts|js)$/.exec(file);
    if (!m) continue;
    const route = m[1]!;
    const parts = route.split('/');
    const last = parts.at(-1)!;
    const folder = parts.slice(0, -1).join('/');
    if (last === '404' || last === '500' || parts.some((p) => p.startsWith('_'))) continue;
    if (/^\[.+\]$/.test(last)) {
      const collection = DYNAMIC[folder];
      if (collection && ids[collection]) {
        for (const id of ids[collection]) routes.pages.add(`/${folder ? `${folder}/` : ''}${id}/`);
      } else {
        const prefix = folder ? `/${folder}/` : '/';
        routes.wildcards.push(new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^/]+/$`));
      }
      continue;
    }
    if (parts.some((p) => p.includes('['))) continue;
    if ((m[2] === 'ts' || m[2] === 'js') && last.includes('.')) {
      routes.files.add(`/${route}`);
      continue;
    }
    if (m[2] === 'ts' || m[2] === 'js') continue;
    routes.pages.add(last === 'index' ? `/${folder ? `${folder}/` : ''}` : `/${route}/`);
  }
  for (const file of walk(join(root, 'public'))) routes.files.add(`/${file}`);
  for (const { id, why } of hiddenNews) routes.hidden.set(`/news/${id}/`, why);
  return routes;
}

export type LinkVerdict = { ok: true } | { ok: false; wrong: string; fix: string; severity?: 'error' | 'warning' };

/** Judges one link written in content. `siteHost` is the site's own host name, from settings. */
export function judgeLink(url: string, routes: Routes, siteHost?: string): LinkVerdict {
  const href = url.trim();
  if (!href) return { ok: false, wrong: 'the link has no address', fix: 'put the address between the round brackets: [text](/contact/)' };
  if (/^(mailto|tel):/i.test(href) || href.startsWith('#')) return { ok: true };
  if (/^https?:\/\//i.test(href)) {
    const u = new URL(href);
    if (siteHost && u.host === siteHost) {
      return { ok: false, wrong: 'links to this site with its full address', fix: `write just the path: ${u.pathname}${u.search}${u.hash}`, severity: 'warning' };
    }
    if (u.protocol === 'http:') return { ok: false, wrong: 'uses http://, which browsers flag as not secure', fix: 'use https:// if the site supports it', severity: 'warning' };
    return { ok: true };
  }
  if (!href.startsWith('/')) {
    return { ok: false, wrong: `"${href}" does not start with / so it depends on the page it is on`, fix: 'write the path from the home page, for example /services/payroll/' };
  }
  const path = decodeURI(href.split(/[?#]/)[0]!);
  const last = path.split('/').at(-1)!;
  if (last.includes('.')) {
    if (routes.files.has(path)) return { ok: true };
    return { ok: false, wrong: `there is no file at ${path}`, fix: 'put the file in public/ (it is then served from /) or correct the address' };
  }
  if (!path.endsWith('/')) {
    const withSlash = `${path}/`;
    if (routes.pages.has(withSlash)) return { ok: false, wrong: `${path} has no "/" at the end`, fix: `write ${withSlash}` };
  }
  const page = path.endsWith('/') ? path : `${path}/`;
  if (page === CALCULATOR && href.includes('?')) {
    const query = judgeCalculatorQuery(href.split('?')[1]!.split('#')[0]!, routes.ids);
    if (query) return query;
  }
  if (routes.pages.has(page) || routes.wildcards.some((w) => w.test(page))) return path.endsWith('/') ? { ok: true } : { ok: false, wrong: `${path} has no "/" at the end`, fix: `write ${page}` };
  const hidden = routes.hidden.get(page);
  if (hidden) return { ok: false, wrong: `${page} is ${hidden}, so it is not on the site`, fix: 'publish that item first, or remove the link' };
  const near = closest(page, routes.pages);
  return { ok: false, wrong: `there is no page at ${page}`, fix: near ? `did you mean ${near}?` : 'open the page you mean in a browser and copy the part of its address after the site name' };
}

const CALCULATOR = '/savings-calculator/';

/**
 * A link into the calculator carries its settings in the address (the link
 * contract: org, budget, services, method, years, rate). The calculator falls
 * back to its defaults on a value it does not know, so a typo here would show
 * the reader the wrong estimate without any error; we catch it instead.
 */
export function judgeCalculatorQuery(query: string, ids: Record<string, string[]>): LinkVerdict | undefined {
  const params = new URLSearchParams(query);
  const bad = (wrong: string, fix: string): LinkVerdict => ({ ok: false, wrong, fix });
  for (const [key, value] of params) {
    switch (key) {
      case 'org':
        if (!(ids.sectors ?? []).includes(value)) return bad(`org=${value} is not a known sector`, oneOf(ids.sectors ?? [], value));
        break;
      case 'method':
        if (!(ids.joining ?? []).includes(value)) return bad(`method=${value} is not a known on-boarding method`, oneOf(ids.joining ?? [], value));
        break;
      case 'services':
        if (value !== 'all') {
          for (const s of value.split(',')) {
            if (!(ids.services ?? []).includes(s)) return bad(`services=${value}: "${s}" is not a known service`, oneOf(ids.services ?? [], s));
          }
        }
        break;
      case 'budget':
        if (!/^\d+$/.test(value)) return bad(`budget=${value} is not a whole number of pounds`, 'write digits only, without £ or commas, for example budget=58000000');
        break;
      case 'years':
        if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 10) return bad(`years=${value} is not between 1 and 10`, 'use a whole number of years from 1 to 10');
        break;
      case 'rate':
        if (!/^\d+(\.\d+)?$/.test(value) || Number(value) > 20) return bad(`rate=${value} is not a discount rate in percent`, 'write the percentage without the % sign, for example rate=3.5');
        break;
      default:
        return bad(`the calculator does not understand "${key}="`, 'use org, budget, services, method, years or rate, or use <CalculatorLink>, which writes the address for you');
    }
  }
  return undefined;
}
