// The story's own dates, from content/story.json: when it was first published and when its record
// was last extended. Each is one fact, written once there; the byline, the page's metadata and its
// structured data all read them from here.
import { z } from 'zod';
import { parse, readJson } from '../data/load.ts';

const FILE = 'content/story.json';

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a real calendar date');

export const storyMetaSchema = z
  .object({
    /** The story's first publication. */
    published: day,
    /** The last day the record (facts, figures, chapters) was extended. */
    updated: day,
  })
  .strict()
  .refine((m) => m.updated >= m.published, { message: 'the update cannot come before the publication', path: ['updated'] });

export type StoryMeta = z.infer<typeof storyMetaSchema>;

/** Reads and validates content/story.json under the project root. */
export const loadStoryMeta = (root: string): StoryMeta => parse(storyMetaSchema, readJson(root, FILE), FILE);
