/**
 * Checks over a built site (dist/), each returning what it found so the
 * quality report can record it, and each runnable alone:
 *
 *   npm run check:html    every page is valid HTML (html-validate)
 *   npm run check:links   no broken internal link, anchor or asset
 *                         (linkinator, crawling the built files from every
 *                         page); every external link is https and opens
 *                         nothing unsafe; the sitemap and the RSS feed point at
 *                         pages that exist; nothing loads from another origin
 *
 * Both exit non-zero on any problem and name the file and what is wrong.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { freePort } from './nginx.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The site's own address (content/site/settings.yaml), which canonical links and the sitemap use. */
export function siteOrigin() {
  const m = readFileSync(join(repo, 'content/site/settings.yaml'), 'utf8').match(/^siteUrl:\s*(\S+)/m);
  if (!m) throw new Error('content/site/settings.yaml has no siteUrl');
  return new URL(m[1]).origin;
}

export function htmlFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...htmlFiles(p));
    else if (e.name.endsWith('.html')) out.push(p);
  }
  return out.sort();
}

/** Every page against the HTML standard and our rules (scripts/audit/htmlvalidate.json). */
export async function validateHtml(dist) {
  const { $comment, ...config } = JSON.parse(readFileSync(join(repo, 'scripts/audit/htmlvalidate.json'), 'utf8'));
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const files = htmlFiles(dist);
  const problems = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) {
        problems.push(`${relative(dist, file)}:${m.line}:${m.column} ${m.message} [${m.ruleId}]`);
      }
    }
  }
  return { pages: files.length, problems };
}

const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
function attributes(tag) {
  const out = {};
  for (const m of tag.replace(/^<\w+/, '').matchAll(ATTR)) out[m[1].toLowerCase()] = (m[2] ?? m[3] ?? m[4] ?? '').replaceAll('&amp;', '&');
  return out;
}

/**
 * What the pages point at outside the site: links must be https (or mailto:,
 * tel:), and a link that opens a new window must not hand it our window
 * (rel="noopener"). Anything the page loads (scripts, styles, images, frames)
 * must come from our own origin.
 */
export function checkExternal(dist, origin = siteOrigin()) {
  const problems = [];
  const external = new Set();
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    const where = relative(dist, file);
    for (const [tag] of html.matchAll(/<a\b[^>]*>/gi)) {
      const a = attributes(tag);
      const href = a.href;
      if (href === undefined) continue;
      if (/^\s*javascript:/i.test(href)) problems.push(`${where}: a javascript: link (${href.slice(0, 60)})`);
      if (/^http:\/\//i.test(href)) problems.push(`${where}: ${href} is not https`);
      if (/^https:\/\//i.test(href) && new URL(href).origin !== origin) external.add(href);
      if (a.target && a.target !== '_self') {
        const rel = (a.rel ?? '').split(/\s+/);
        if (!rel.includes('noopener') && !rel.includes('noreferrer')) problems.push(`${where}: ${href} opens a new window without rel="noopener"`);
      }
    }
    for (const [tag, name] of html.matchAll(/<(script|link|img|iframe|source|video|audio|embed|object)\b[^>]*>/gi)) {
      const a = attributes(tag);
      if (name.toLowerCase() === 'link' && !/\b(stylesheet|icon|preload|modulepreload|manifest|apple-touch-icon)\b/i.test(a.rel ?? '')) continue;
      for (const url of [a.src, a.href, a.data, ...(a.srcset ?? '').split(',').map((s) => s.trim().split(/\s+/)[0])]) {
        if (!url || url.startsWith('data:')) continue;
        if (/^(https?:)?\/\//i.test(url) && new URL(url, origin).origin !== origin) problems.push(`${where}: <${name}> loads ${url} from another origin`);
      }
    }
  }
  return { external: [...external].sort(), problems };
}

/** The sitemap and the RSS feed must name pages that are in the build. */
export function checkFeeds(dist, origin = siteOrigin()) {
  const problems = [];
  const exists = (url) => {
    const u = new URL(url);
    if (u.origin !== origin) return `points at another site (${u.origin})`;
    const p = decodeURIComponent(u.pathname);
    const file = p.endsWith('/') ? join(dist, p, 'index.html') : join(dist, p);
    return existsSync(file) ? undefined : 'names a page that is not in the build';
  };
  const read = (f) => (existsSync(join(dist, f)) ? readFileSync(join(dist, f), 'utf8') : undefined);
  let count = 0;
  for (const f of readdirSync(dist).filter((f) => /^sitemap.*\.xml$/.test(f))) {
    for (const [, loc] of read(f).matchAll(/<loc>([^<]+)<\/loc>/g)) {
      count++;
      const why = exists(loc);
      if (why) problems.push(`${f}: ${loc} ${why}`);
    }
  }
  const rss = read('news/rss.xml');
  if (rss) {
    for (const [, link] of rss.matchAll(/<link>([^<]+)<\/link>/g)) {
      count++;
      const why = exists(link);
      if (why) problems.push(`news/rss.xml: ${link} ${why}`);
    }
  }
  return { checked: count, problems };
}

/**
 * linkinator serves dist/ on a loopback port and follows every link, image,
 * stylesheet, script and CSS url() from every page, checking #anchors too.
 * Links to our own address (canonical, og:image) are checked against the
 * build; other sites are not fetched (CI has no internet) but must be https.
 */
export async function checkLinks(dist, origin = siteOrigin()) {
  const port = await freePort();
  const local = `http://localhost:${port}`;
  const root = resolve(dist);
  const checker = new LinkChecker();
  const result = await checker.check({
    path: htmlFiles(root).map((f) => relative(root, f)),
    serverRoot: root,
    port,
    recurse: true,
    checkFragments: true,
    checkCss: true,
    concurrency: 16,
    timeout: 10_000,
    redirects: 'error',
    urlRewriteExpressions: [{ pattern: new RegExp(`^${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), replacement: local }],
    linksToSkip: async (link) => !link.startsWith(local),
  });
  const broken = result.links
    .filter((l) => l.state === 'BROKEN')
    .map((l) => {
      const why = l.url.includes('#') && l.status === 200 ? 'no element has that id' : l.status || l.failureDetails?.[0]?.message || 'failed';
      return `${(l.parent ?? '').replace(local, '') || '(start)'} → ${l.url.replace(local, '')} (${why})`;
    });
  const checked = result.links.filter((l) => l.state === 'OK').length;
  const external = checkExternal(root, origin);
  const feeds = checkFeeds(root, origin);
  return {
    checked: checked + feeds.checked,
    external: external.external,
    problems: [...new Set(broken)].concat(external.problems, feeds.problems),
  };
}

function finish(title, problems, summary) {
  if (problems.length) {
    console.error(`${title}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    for (const p of problems.slice(0, 200)) console.error(`  ${p}`);
    if (problems.length > 200) console.error(`  … and ${problems.length - 200} more`);
    process.exit(1);
  }
  console.log(`${title}: ${summary}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const what = process.argv[2];
  const dist = resolve(process.argv[3] ?? join(repo, 'dist'));
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`${dist}/index.html is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  if (what === 'html') {
    const r = await validateHtml(dist);
    finish('HTML validity', r.problems, `${r.pages} pages, all valid`);
  } else if (what === 'links') {
    const r = await checkLinks(dist);
    finish('Links', r.problems, `${r.checked} links, anchors and assets checked, none broken; ${r.external.length} external links, all https`);
  } else {
    console.error('usage: node scripts/audit/checks.mjs html|links [dist]');
    process.exit(2);
  }
}
