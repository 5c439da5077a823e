import { type CollectionEntry, getCollection } from 'astro:content';

export type StoryEntry = CollectionEntry<'stories'>;

/** Published stories in reading order (drafts only in dev). */
export async function getStories(): Promise<StoryEntry[]> {
  const stories = await getCollection('stories', (s) => import.meta.env.DEV || !s.data.draft);
  return stories.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Minutes to read at 230 words a minute, counting prose only (not component tags). */
export function readingMinutes(body: string | undefined): number {
  const prose = (body ?? '').replace(/<[^>]+>/g, ' ').replace(/^---[\s\S]*?---/, '');
  const words = prose.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 230));
}
