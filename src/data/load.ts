// Reads and validates the data files under content/data/. Pure Node (fs), so the content check,
// the Astro build and the unit tests share it. A schema error names the file, the id and the field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  eventsSchema,
  figuresSchema,
  localizedSchema,
  sourcesSchema,
  type Figures,
  type Sources,
  type StoryEvent,
} from './schema.ts';
import { z as zod } from 'zod';

export const actorsSchema = zod.record(zod.string(), localizedSchema);
export type Actors = z.infer<typeof actorsSchema>;

export interface StoryData {
  figures: Figures;
  sources: Sources;
  events: StoryEvent[];
  actors: Actors;
}

/** A problem in an editor's file: where it is, what is wrong, and how to fix it. */
export class ContentError extends Error {
  readonly file: string;
  readonly problem: string;
  readonly fix: string;
  readonly line?: number;
  constructor(file: string, problem: string, fix: string, line?: number) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}\n  → ${fix}`);
    this.name = 'ContentError';
    this.file = file;
    this.problem = problem;
    this.fix = fix;
    this.line = line;
  }
}

export function readJson(root: string, rel: string): unknown {
  const file = join(root, rel);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ContentError(rel, 'file is missing', `create ${rel}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ContentError(rel, `is not valid JSON (${(e as Error).message})`, 'fix the JSON syntax');
  }
}

export function parse<T>(schema: z.ZodType<T>, value: unknown, rel: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const where = issue.path.join('.');
  // Schema messages may carry their own fix after " → " (see src/data/schema.ts).
  const [problem, fix] = issue.message.split(' → ');
  throw new ContentError(rel, `"${where}": ${problem}`, fix ?? `correct "${where}" in ${rel} (see src/data/schema.ts for the format)`);
}

const cache = new Map<string, StoryData>();

/** Loads content/data/*.json under `root` (the project root), validated. Cached per root. */
export function loadData(root: string): StoryData {
  const hit = cache.get(root);
  if (hit) return hit;
  const data: StoryData = {
    figures: parse(figuresSchema, readJson(root, 'content/data/figures.json'), 'content/data/figures.json'),
    sources: parse(sourcesSchema, readJson(root, 'content/data/sources.json'), 'content/data/sources.json'),
    events: parse(eventsSchema, readJson(root, 'content/data/events.json'), 'content/data/events.json'),
    actors: parse(actorsSchema, readJson(root, 'content/data/actors.json'), 'content/data/actors.json'),
  };
  cache.set(root, data);
  return data;
}

/** Drops cached data (the dev server calls this when a data file changes). */
export const clearDataCache = () => cache.clear();
