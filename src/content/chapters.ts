// The chapters of one language from Astro's content collection, in story order.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/index.ts';

export async function chapterEntries(lang: Lang): Promise<CollectionEntry<'chapters'>[]> {
  const all = await getCollection('chapters', (e) => e.id.startsWith(`${lang}/`));
  return all.sort((a, b) => a.data.order - b.data.order);
}
