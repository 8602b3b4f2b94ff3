// Chapters live outside src/, in content/chapters/{zh,en}/, one MDX file per chapter per language.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterFrontSchema } from './content/front.ts';

const chapters = defineCollection({
  loader: glob({ pattern: '{zh,en}/*.mdx', base: './content/chapters' }),
  schema: chapterFrontSchema,
});

export const collections = { chapters };
