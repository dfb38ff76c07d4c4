/**
 * Collection entries read straight from content/ and parsed with the site's
 * schemas, for tests that render components outside a build (where
 * astro:content has no data store). Same files, same schemas, same ids.
 */
import { MDX_COLLECTIONS } from '../../scripts/check-content/collections.ts';
import { readMdx, walk } from '../../scripts/check-content/files.ts';

export function readEntries(name: string, root = process.cwd()) {
  const collection = MDX_COLLECTIONS.find((c) => c.name === name);
  if (!collection) throw new Error(`no collection called ${name}`);
  return walk(`${root}/content/${collection.folder}`)
    .filter((f) => /^[^_][^/]*\.mdx?$/.test(f))
    .map((f) => {
      const id = f.replace(/\.mdx?$/, '');
      const src = readMdx(root, `content/${collection.folder}/${f}`, name, id);
      return { id, collection: name, filePath: src.file, data: collection.schema.parse(src.doc.toJS()) };
    });
}
