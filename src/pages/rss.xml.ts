import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { href } from '../site/paths';
import { SITE } from '../site/site';
import { getStories } from '../site/stories';

/** RSS feed of the stories, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const stories = (await getStories()).sort((a, b) => b.data.date.localeCompare(a.data.date) || a.data.order - b.data.order);
  if (!site) throw new Error('RSS needs `site`: set SITE_URL when building.');
  return rss({
    title: SITE.name,
    description: SITE.tagline,
    site: new URL(href('/'), site).href,
    items: stories.map((story) => ({
      title: story.data.title,
      description: story.data.summary,
      pubDate: new Date(`${story.data.date}T00:00:00Z`),
      link: new URL(href(`/stories/${story.id}/`), site).href,
      author: story.data.author,
    })),
    customData: `<language>${SITE.language}</language>`,
  });
};
