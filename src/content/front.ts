// The front matter every chapter carries. Shared by Astro's collection schema and the content check.
import { z } from 'zod';

export const chapterFrontSchema = z
  .object({
    /** Language-neutral id shared by both languages' files of this chapter. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    order: z.number().int().positive(),
    title: z.string().min(1),
    summary: z.string().min(1),
  })
  .strict();

export type ChapterFront = z.infer<typeof chapterFrontSchema>;
