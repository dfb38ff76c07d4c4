import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getNews } from '~/lib/content';
import { getSettings } from '~/lib/site';

export async function GET(context: APIContext) {
  const [news, settings] = await Promise.all([getNews(), getSettings()]);
  return rss({
    title: 'oneSource news',
    description: settings.description,
    site: context.site ?? settings.siteUrl,
    customData: '<language>en-gb</language>',
    items: news.map((n) => ({
      title: n.data.title,
      description: n.data.summary,
      pubDate: n.data.date,
      link: `/news/${n.id}/`,
      categories: [n.data.kind],
    })),
  });
}
