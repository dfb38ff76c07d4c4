import { getEntry, render } from 'astro:content';

/** The MDX introduction of a page that has its own route, failing clearly if the file is missing. */
export async function getIntro(id: string) {
  const entry = await getEntry('pages', id);
  if (!entry) throw new Error(`content/pages/${id}.mdx is missing: the /${id}/ page takes its title, summary and introduction from it.`);
  const { Content } = await render(entry);
  return { data: entry.data, Content };
}
