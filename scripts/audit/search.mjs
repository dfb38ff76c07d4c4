/**
 * The search part of the quality report: the relevance suite's hit rate and
 * what the synonyms add to the search index.
 *
 * - Hit rate: every query in tests/support/search-queries.ts run through
 *   Pagefind's JavaScript API in Chromium against the served build, with the
 *   search page's own ranking; a hit is the expected page among the first 3.
 * - Index growth: the build indexes the site twice (src/integrations/pagefind.ts),
 *   with and without the synonyms in content/search/synonyms.yaml, and records
 *   both sizes in .astro/search-index.json; the budget is the growth.
 *
 * On its own, for a build that is not this one (the hit rate before a change):
 *   node scripts/audit/search.mjs --dist /path/to/dist
 * serves that folder on loopback and prints the hit rate and index size.
 */
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, extname, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireChromium, CHROMIUM_ARGS } from '../../tests/support/browser.ts';
import { RELEVANCE_QUERIES } from '../../tests/support/search-queries.ts';
import { runRelevance, formatRelevance } from '../../tests/support/search-relevance.ts';
import { trustFlags } from './nginx.mjs';
import { measureDist } from './scale.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The relevance suite against a running site. */
export async function measureRelevance(origin, { spki } = {}) {
  const browser = await chromium.launch({ executablePath: requireChromium(), args: [...CHROMIUM_ARGS, ...(spki ? trustFlags(spki) : [])] });
  try {
    const page = await (await browser.newContext()).newPage();
    return await runRelevance(page, origin, RELEVANCE_QUERIES);
  } finally {
    await browser.close();
  }
}

/**
 * The index with and without the synonyms, as the build recorded them. Only
 * trusted when the record is for this dist/ and its size matches what is on
 * disk, so a stale record cannot pass the budget.
 */
export function indexGrowth(dist) {
  const file = join(repo, '.astro/search-index.json');
  const onDisk = measureDist(dist).searchIndexBytes;
  if (!existsSync(file)) return { ok: false, problem: 'the build did not record the index sizes (.astro/search-index.json)', bytes: onDisk };
  const record = JSON.parse(readFileSync(file, 'utf8'));
  if (resolve(repo, record.dist) !== resolve(dist) || record.withSynonymsBytes !== onDisk) {
    return { ok: false, problem: 'the recorded index sizes are for another build: run npm run build', bytes: onDisk };
  }
  const growth = Math.round(((record.withSynonymsBytes - record.withoutSynonymsBytes) / record.withoutSynonymsBytes) * 1000) / 10;
  return { ok: true, bytes: onDisk, withoutSynonymsBytes: record.withoutSynonymsBytes, growthPercent: growth, synonymPages: record.synonymPages, entries: record.entries };
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.xml': 'application/xml', '.png': 'image/png', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

/** A plain static server for a dist/ folder, for measuring a build on its own. */
function serve(dist) {
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = join(dist, path);
    if (!file.startsWith(dist)) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--dist');
  const dist = resolve(at > 0 ? process.argv[at + 1] : join(repo, 'dist'));
  const server = await serve(dist);
  try {
    const run = await measureRelevance(`http://127.0.0.1:${server.address().port}`);
    for (const line of formatRelevance(run)) console.log(line);
    console.log(`Search index: ${measureDist(dist).searchIndexBytes} bytes`);
  } finally {
    server.close();
  }
}
