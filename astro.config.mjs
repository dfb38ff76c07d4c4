// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import pagefind from './src/integrations/pagefind.ts';

// The public address lives with the other site settings so the comms team has
// one place to change it; canonical links, the sitemap and RSS all follow it.
const settings = parse(readFileSync(new URL('./content/site/settings.yaml', import.meta.url), 'utf8'));

export default defineConfig({
  site: settings.siteUrl,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    preact(),
    sitemap({ filter: (page) => !page.includes('/404') }),
    pagefind(),
  ],
  devToolbar: { enabled: false },
});
