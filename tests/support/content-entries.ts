/**
 * Collection entries read straight from content/ and parsed with the site's
 * schemas, for tests that render components outside a build (where
 * astro:content has no data store). Same files, same schemas, same ids.
 */
import { MDX_COLLECTIONS, DATA_FILES } from '../../scripts/check-content/collections.ts';
import { readMdx, readYaml, walk } from '../../scripts/check-content/files.ts';

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

/** A single-entry data collection (messages, settings), as getEntry(name, name) returns it. */
export function readSingle(name: string, root = process.cwd()) {
  const spec = DATA_FILES.find((d) => d.name === name && d.shape === 'single');
  if (!spec) return undefined;
  const src = readYaml(root, `content/${spec.file}`);
  return { id: name, collection: name, data: spec.schema.parse(src.doc.toJS()) };
}
