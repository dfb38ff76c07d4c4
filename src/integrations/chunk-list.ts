import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';

/** One JavaScript file the build wrote to dist/, and the source modules bundled into it. */
export type ChunkRecord = {
  file: string;
  /** Each module in the chunk and its share of the chunk's code before minification, largest first. */
  modules: { id: string; renderedBytes: number }[];
};

/**
 * Records what the bundler put in each JavaScript chunk, so the quality
 * report can say what a page's JavaScript holds (file by file, module by
 * module) without source maps in the published site. Written to
 * `.astro/chunks.json`, beside Astro's own generated files and out of
 * `dist/`, once the build is done: only chunks that reached `dist/` are kept
 * (the server-side build that renders the pages writes chunks too).
 */
export default function chunkListIntegration(): AstroIntegration {
  const chunks = new Map<string, ChunkRecord>();
  let root = '';
  return {
    name: 'onesource:chunk-list',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        root = fileURLToPath(config.root);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'onesource:chunk-list',
                apply: 'build',
                generateBundle(_options, bundle) {
                  for (const out of Object.values(bundle)) {
                    if (out.type !== 'chunk') continue;
                    const modules = Object.entries(out.modules)
                      .map(([id, m]) => ({ id: id.startsWith(root) ? relative(root, id) : id.replace(/^\0/, ''), renderedBytes: m.renderedLength }))
                      .filter((m) => m.renderedBytes > 0)
                      .sort((a, b) => b.renderedBytes - a.renderedBytes);
                    chunks.set(out.fileName, { file: out.fileName, modules });
                  }
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const shipped = [...chunks.values()].filter((c) => existsSync(join(dist, c.file)));
        const out = join(root, '.astro');
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, 'chunks.json'), `${JSON.stringify({ dist: relative(root, dist) || '.', chunks: shipped }, null, 2)}\n`);
        logger.info(`${shipped.length} JavaScript chunks listed in .astro/chunks.json`);
      },
    },
  };
}
