/**
 * `node scripts/pages-redirects.mjs <site folder>`: the redirects of
 * public/_redirects for GitHub Pages, which ignores that file and has no
 * redirects of its own. Run by the Pages deploy job only
 * (.github/workflows/publish.yml), on the downloaded build; never part of
 * `npm run build`, because Netlify, Cloudflare and nginx redirect properly
 * (301) and should not also be sent these pages.
 *
 * For each old address:
 * - an address that is a folder or a page gets a page there (/calculator/
 *   becomes calculator/index.html, which Pages also serves at /calculator) with a
 *   canonical link to the new address, so search engines move their
 *   listing there, and a meta refresh, so a browser follows at once. A line
 *   of script carries the query string and fragment across, so a shared
 *   calculator link such as /calculator/?budget=58000000 keeps its figures;
 *   without JavaScript the refresh still lands on the right page.
 * - an address that is a file (/rss.xml, /sitemap.xml) gets a copy of the
 *   file it is sent to, because a feed reader or search engine reading XML
 *   would not follow an HTML page. (/feed, a folder, gets a page that also
 *   names the feed it moved to, which feed readers look for.)
 *
 * It never replaces a file the build made, and it stops with a message
 * naming the line if _redirects holds something it cannot serve.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** "from to status" per line of _redirects, with where each line is. */
export function readRedirects(text, file = '_redirects') {
  const rules = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) return;
    const [from, to, status] = line.split(/\s+/);
    const at = `${file}:${i + 1}`;
    if (!from?.startsWith('/') || !to?.startsWith('/') || !/^30[1278]$/.test(status ?? '')) {
      throw new Error(`${at}: "${raw.trim()}" is not "from to status" with two site addresses and a redirect status (301, 302, 307 or 308)`);
    }
    if (/[*:]/.test(from)) throw new Error(`${at}: ${from} has a wildcard or placeholder, which a page on GitHub Pages cannot stand for`);
    rules.push({ from, to, at });
  });
  return rules;
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page served at an old address on GitHub Pages. */
export function redirectPage(to, origin) {
  const href = escape(to);
  const canonical = escape(new URL(to, origin).href);
  const feed = /rss\.xml$/.test(to) ? `\n<link rel="alternate" type="application/rss+xml" href="${href}">` : '';
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>This page has moved</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="${canonical}">${feed}
<meta http-equiv="refresh" content="0; url=${href}">
<script>location.replace(${JSON.stringify(to)} + location.search + location.hash)</script>
</head>
<body>
<p>This page has moved to <a href="${href}">${canonical}</a>.</p>
</body>
</html>
`;
}

const isFile = (address) => /\.[a-z0-9]+$/i.test(address);
const isPage = (address) => !isFile(address) || /\.html?$/i.test(address);

/** Where an address lives in the site folder: /feed and /feed/ are both feed/index.html. */
function fileFor(address) {
  const path = address.replace(/\/+$/, '');
  return isFile(path) ? path.slice(1) : `${path.slice(1)}${path ? '/' : ''}index.html`;
}

/** Writes a page or copy for every rule into `site`; returns what it wrote. */
export function writeRedirects(site, rules, origin) {
  const written = new Map();
  for (const { from, to, at } of rules) {
    const file = fileFor(from);
    const target = join(site, fileFor(to));
    if (written.has(file)) {
      if (written.get(file) !== to) throw new Error(`${at}: ${from} is sent to ${to} here and to ${written.get(file)} on an earlier line`);
      continue;
    }
    const out = join(site, file);
    if (existsSync(out)) throw new Error(`${at}: the site already has ${file}, so ${from} cannot be redirected on GitHub Pages without hiding it`);
    if (!existsSync(target)) throw new Error(`${at}: ${from} is sent to ${to}, which is not in ${site}/`);
    if (!isPage(from) && isPage(to)) throw new Error(`${at}: ${from} is a file, so on GitHub Pages it cannot redirect to the page ${to}`);
    mkdirSync(dirname(out), { recursive: true });
    if (isPage(from)) writeFileSync(out, redirectPage(to, origin));
    else copyFileSync(target, out);
    written.set(file, to);
  }
  return [...written].map(([file, to]) => ({ file, to }));
}

/** The site's address, from the sitemap line the build writes into robots.txt. */
export function siteOrigin(site) {
  const origin = /^Sitemap: (https:\/\/[^/\s]+)\//m.exec(readFileSync(join(site, 'robots.txt'), 'utf8'))?.[1];
  if (!origin) throw new Error(`${site}/robots.txt has no "Sitemap: https://..." line, so the canonical address is unknown`);
  return origin;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const site = process.argv[2];
  if (!site) {
    console.error('Usage: node scripts/pages-redirects.mjs <site folder>');
    process.exit(1);
  }
  try {
    const file = join(site, '_redirects');
    const done = writeRedirects(site, readRedirects(readFileSync(file, 'utf8'), file), siteOrigin(site));
    for (const { file: f, to } of done) console.log(`${f} -> ${to}`);
    console.log(`${done.length} redirect${done.length === 1 ? '' : 's'} written for GitHub Pages.`);
  } catch (e) {
    console.log(`::error title=Redirects for GitHub Pages::${e.message}`);
    process.exit(1);
  }
}
