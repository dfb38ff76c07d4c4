import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { readSynonyms, synonymsFor, SYNONYMS_FILE } from './synonyms';

/** The index proper: word index, content fragments, filters and metadata (as scripts/audit/scale.mjs counts it). */
const INDEX_FILE = /\.pf_(index|fragment|filter|meta)$/;

function htmlFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' && dir === base ? [] : htmlFiles(path, base);
    return name.endsWith('.html') ? [relative(base, path).split(sep).join('/')] : [];
  });
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const text = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .trim();

/**
 * The words a close-spelling suggestion may offer: those of every indexed
 * page's title, headings and summary, and the synonyms, 4 letters or more.
 * The search page fetches them only when a search finds nothing.
 */
function vocabulary(pages: { html: string; indexed: boolean }[], entries: { words: string[] }[]): string[] {
  const found = new Set<string>();
  const add = (s: string) => {
    for (const w of s.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []) found.add(w);
  };
  for (const p of pages.filter((x) => x.indexed)) {
    const main = p.html.slice(p.html.indexOf('data-pagefind-body'));
    for (const m of main.matchAll(/<h[1-3]\b[^>]*>([\s\S]*?)<\/h[1-3]>/g)) add(text(m[1]!));
    add(label(p.html).summary);
  }
  for (const e of entries) e.words.forEach(add);
  return [...found].sort();
}

/** The page's own title (its h1, which Pagefind also takes as the result title) and its summary (the meta description). */
function label(html: string) {
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  const summary = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
  return { title: text(h1), summary: text(summary) };
}

/**
 * Builds the Pagefind index once Astro has written every page, so the index
 * always matches the HTML being shipped. Only elements marked
 * `data-pagefind-body` are indexed (the main content of each page), which keeps
 * navigation and footers out of the results.
 *
 * Each page is given to Pagefind with two pieces of metadata added, which the
 * shipped HTML does not carry (a visitor never downloads them):
 * - `keywords`: the words of every synonyms entry whose term is in the page's
 *   title or summary (content/search/synonyms.yaml, see ./synonyms.ts);
 * - `summary`: the page's summary, so a search matching what the page says it
 *   is about ranks it above pages that only mention the words.
 * The search page weights both (src/components/search/ranking.ts). Pagefind
 * searches metadata but leaves it out of excerpts, so the words never show.
 *
 * It also writes /search/words.json, the words a close-spelling suggestion
 * may offer (Pagefind has no suggestions of its own).
 *
 * The site is also indexed without them, in memory, and both sizes are
 * written to .astro/search-index.json for the quality report, whose budget
 * holds what they add to the index.
 */
export default function pagefindIntegration(): AstroIntegration {
  let root = '';
  return {
    name: 'onesource:pagefind',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outputPath = fileURLToPath(dir);
        const entries = readSynonyms(join(root, SYNONYMS_FILE));
        const pages = htmlFiles(outputPath).map((file) => {
          const html = readFileSync(join(outputPath, file), 'utf8');
          const url = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
          const indexed = html.includes('data-pagefind-body');
          const page = label(html);
          const found = indexed ? synonymsFor(page, entries) : [];
          const keywords = [...new Set(found.flatMap((e) => e.words))].join(', ');
          const meta = [
            keywords && `<span hidden data-pagefind-meta="keywords:${attr(keywords)}"></span>`,
            indexed && page.summary && `<span hidden data-pagefind-meta="summary:${attr(page.summary)}"></span>`,
          ]
            .filter(Boolean)
            .join('');
          return { url, html, indexed, withMeta: meta ? html.replace('</body>', `${meta}</body>`) : html, found };
        });

        const build = async (withMeta: boolean) => {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          for (const p of pages) {
            const added = await index.addHTMLFile({ url: p.url, content: withMeta ? p.withMeta : p.html });
            if (added.errors.length) throw new Error(`Pagefind could not index ${p.url}: ${added.errors.join('; ')}`);
          }
          return index;
        };

        const plain = await build(false);
        const plainFiles = await plain.getFiles();
        const withoutSynonymsBytes = plainFiles.files.filter((f) => INDEX_FILE.test(f.path)).reduce((n, f) => n + f.content.length, 0);
        await plain.deleteIndex();

        const index = await build(true);
        const written = await index.writeFiles({ outputPath: join(outputPath, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
        const withSynonymsBytes = (await index.getFiles()).files.filter((f) => INDEX_FILE.test(f.path)).reduce((n, f) => n + f.content.length, 0);
        await pagefind.close();

        const synonymPages = Object.fromEntries(entries.map((e) => [e.id, pages.filter((p) => p.found.includes(e)).map((p) => p.url)]));
        for (const [id, urls] of Object.entries(synonymPages)) {
          if (!urls.length) {
            const e = entries.find((x) => x.id === id)!;
            logger.warn(`${SYNONYMS_FILE}: entry "${id}": no page has "${e.term}" in its title or summary, so its words find nothing. Use the words a page title or summary uses.`);
          }
        }
        mkdirSync(join(outputPath, 'search'), { recursive: true });
        writeFileSync(join(outputPath, 'search/words.json'), JSON.stringify(vocabulary(pages, entries)));
        mkdirSync(join(root, '.astro'), { recursive: true });
        const record = { dist: relative(root, outputPath) || '.', withSynonymsBytes, withoutSynonymsBytes, entries: entries.length, synonymPages };
        writeFileSync(join(root, '.astro/search-index.json'), `${JSON.stringify(record, null, 2)}\n`);
        const growth = ((withSynonymsBytes - withoutSynonymsBytes) / withoutSynonymsBytes) * 100;
        logger.info(`indexed ${pages.filter((p) => p.html.includes('data-pagefind-body')).length} pages for search; ${entries.length} synonym entries add ${growth.toFixed(1)}% to the index`);
      },
    },
  };
}
