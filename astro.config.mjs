// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { LINK_PENDING_SCRIPT } from './src/calculator/link-pending.mjs';
import { parse } from 'yaml';
import pagefind from './src/integrations/pagefind.ts';
import chunkList from './src/integrations/chunk-list.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryPlugin } from './src/lib/glossary-links.ts';
import { proseTablesPlugin } from './src/lib/prose-tables.ts';

// The public address lives with the other site settings so the comms team has
// one place to change it; canonical links, the sitemap and RSS all follow it.
/** @param {string} path */
const readYaml = (path) => {
  try {
    return parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
  } catch (e) {
    throw new Error(`${path.slice(2)} could not be read: ${e instanceof Error ? e.message : e}`);
  }
};
const settings = readYaml('./content/site/settings.yaml');
// Glossary terms are linked where they first appear in each page's text.
const glossary = readYaml('./content/glossary/terms.yaml');

export default defineConfig({
  site: settings.siteUrl,
  trailingSlash: 'always',
  markdown: {
    processor: satteri({ hastPlugins: [glossaryPlugin(glossary), proseTablesPlugin()] }),
    // No page shows code, and Shiki's inline colour styles would need the
    // Content Security Policy loosened; a code block renders as plain text.
    syntaxHighlight: false,
  },
  build: { format: 'directory' },
  integrations: [
    mdx(),
    // The savings calculator's island (src/calculator/island/), drawn on the server and hydrated in the browser.
    preact(),
    sitemap({ filter: (page) => !page.includes('/404') }),
    pagefind(),
    // What each JavaScript chunk holds, for the quality report (scripts/audit/site.mjs).
    chunkList(),
  ],
  devToolbar: { enabled: false },
  vite: {
    // Astro's Preact client, without its support for signals given as props (see the file for why).
    resolve: { alias: [{ find: /^@astrojs\/preact\/client\.js$/, replacement: fileURLToPath(new URL('./src/calculator/island/astro-client.ts', import.meta.url)) }] },
    build: {
      // A script Astro inlined would need its hash in the host's policy
      // (public/_headers, hosting/nginx/) and a new hash at every edit, so
      // every bundled script stays a file of its own. Other assets keep
      // Vite's default.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        // Astro's own MDX output trips Rolldown's module-level-directive check
        // on every content file (withastro/astro#18087, harmless). Fifty false
        // warnings would bury a real one in the comms team's build output;
        // our own code uses no such directives.
        checks: { moduleLevelDirective: false },
        output: {
          codeSplitting: {
            groups: [
              {
                name: 'calculator-start',
                test: (id) =>
                  /node_modules[\\/]preact[\\/]|src[\\/]calculator[\\/](island[\\/]|model\.ts|format\.ts|state\.ts)/.test(id) &&
                  !/island[\\/](results\.tsx|chart|comparison|splits|years)/.test(id),
              },
            ],
          },
        },
      },
    },
  },

  // Content Security Policy in every page: Astro adds a <meta> policy with a
  // hash for each inline script and style it writes, so the page is protected
  // on any host, even one that ignores public/_headers. The host headers
  // (public/_headers, hosting/nginx/) repeat these rules and add
  // frame-ancestors, which a <meta> policy cannot carry. Pagefind's search
  // engine is WebAssembly, hence 'wasm-unsafe-eval'; its stylesheet uses
  // data: icons.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // Astro hashes the scripts it bundles; the calculator's one inline script is hashed here.
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [`sha256-${createHash('sha256').update(LINK_PENDING_SCRIPT).digest('base64')}`],
      },
    },
  },
});
