import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index once Astro has written every page, so the index
 * always matches the HTML being shipped. Only elements marked
 * `data-pagefind-body` are indexed (the main content of each page), which keeps
 * navigation and footers out of the results.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'onesource:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outputPath = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outputPath });
        if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        await index.writeFiles({ outputPath: `${outputPath}/pagefind` });
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages for search`);
      },
    },
  };
}
