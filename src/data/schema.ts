// Schemas for everything under content/data/. The build, the content check and the unit tests all
// validate through these, so a malformed figure fails in one place with one message.
import { z } from 'zod';

/** Language-neutral id: lower-case ASCII, digits and hyphens (never a slug of Chinese text). */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case ASCII words joined by hyphens, e.g. "ks-gmv-2020h1"');

/** ISO date, optionally reduced to a month or a year when the sources do not say more. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'dates are YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => {
    const [y, m = 1, d = 1] = s.split('-').map(Number);
    const date = new Date(Date.UTC(y!, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'not a real calendar date');

export const localizedSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

export const confidenceSchema = z.enum(['verified', 'single', 'estimate', 'conflicting']);

/** How a figure's value is read and formatted. Money is always in the currency's base unit (yuan). */
export const unitSchema = z.enum(['cny', 'hkd', 'usd', 'count', 'percent', 'hours', 'days', 'multiple', 'years']);

export const figureSchema = z
  .object({
    /** The value in base units: yuan, people, percent points (583 for 583%), hours... */
    value: z.number().finite(),
    unit: unitSchema,
    /** What the number measures, for tables, tooltips and the bibliography of figures. */
    label: localizedSchema,
    /** The period or date the value refers to: "2020", "2020-H1", "2020-9M", "2020-Q4", or an ISO date. */
    period: z.string().regex(/^\d{4}(-(H[12]|9M|Q[1-4]|\d{2}(-\d{2})?))?$/, 'period is YYYY, YYYY-H1, YYYY-9M, YYYY-Q1 or an ISO date'),
    source: z.array(idSchema).min(1, 'every figure needs at least one source id'),
    confidence: confidenceSchema,
    /** Printed as "约" / "about" before the number. */
    approx: z.boolean().optional(),
    /** Printed as "超过" / "over" before the number. */
    atLeast: z.boolean().optional(),
    /** Maximum fraction digits after scaling (default 1 for 亿/bn, 2 for small values). */
    digits: z.number().int().min(0).max(3).optional(),
    /** A short note shown with the figure in tables (e.g. which account of a disputed number this is). */
    note: localizedSchema.optional(),
    /** Where in each source the figure stands, keyed by source id (page, table, section or sentence). */
    locator: z.record(idSchema, z.string().min(1)).optional(),
  })
  .strict();

export const figuresSchema = z.record(idSchema, figureSchema);

export const sourceSchema = z
  .object({
    publisher: z.string().min(1),
    title: z.string().min(1),
    /** Publication date, as precise as known. */
    date: isoDateSchema,
    /** The document itself when `exact` is true; otherwise the publisher's archive where it is found. */
    url: z.url().optional(),
    exact: z.boolean().optional(),
    /** A print citation that could not be checked online (no url). */
    offline: z.boolean().optional(),
    language: z.enum(['zh', 'en']),
    author: z.string().optional(),
    /** What this source is used for and how far to trust it, shown in the sources chapter. */
    note: localizedSchema.optional(),
  })
  .strict();

export const sourcesSchema = z.record(idSchema, sourceSchema);

export const eventKindSchema = z.enum([
  // partnerships
  'launch', 'link-out', 'in-app', 'suspend', 'cut', 'restore', 'alliance', 'closed-loop',
  // streamers
  'record', 'feud', 'scandal', 'penalty', 'ban', 'comeback', 'structure', 'share',
]);

export const eventSchema = z
  .object({
    id: idSchema,
    date: isoDateSchema,
    /** When the date itself is uncertain (e.g. "April or August 2018"), say so here. */
    dateNote: localizedSchema.optional(),
    track: z.enum(['partnerships', 'streamers']),
    kind: eventKindSchema,
    /** Who: partner platforms (alibaba, taobao, tmall, jd, pdd, youzan, mokuai, kuaishou) or streamers. */
    actors: z.array(idSchema).min(1),
    label: localizedSchema,
    /** Figures this event carries, by id from figures.json. */
    figures: z.array(idSchema).default([]),
    source: z.array(idSchema).min(1),
    confidence: confidenceSchema,
  })
  .strict();

export const eventsSchema = z.array(eventSchema);

export type Figure = z.infer<typeof figureSchema>;
export type Figures = z.infer<typeof figuresSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Sources = z.infer<typeof sourcesSchema>;
export type StoryEvent = z.infer<typeof eventSchema>;
export type Unit = z.infer<typeof unitSchema>;
