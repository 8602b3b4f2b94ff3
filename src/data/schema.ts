// Schemas for everything under content/data/. The build, the content check and the unit tests all
// validate through these, so a malformed figure fails in one place with one message.
import { z } from 'zod';
import { MANIFESTS, type EventKind, type EventTrack } from '../charts/manifests.ts';
import { LANGS, perLang } from '../i18n/langs.ts';

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

/** A text in every language of the story. */
export const localizedSchema = z.object(perLang(() => z.string().min(1))).strict();

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
    /**
     * Where in each source the figure stands (page, table, section, paragraph, or the sentence it
     * paraphrases), keyed by every id in `source`, so an editor can check the number in a minute.
     */
    locator: z.record(idSchema, z.string().trim().min(1, 'empty locator → say where in the source the figure stands: page, table, section or the sentence'), {
      error: (iss) =>
        iss.input === undefined
          ? 'no "locator" → add "locator": { "<source id>": "where in that document the figure stands" } with one entry for each id in "source"'
          : undefined,
    }),
  })
  .strict()
  .superRefine((fig, ctx) => {
    // One locator per cited source, and none for a source the figure does not cite.
    for (const s of fig.source) {
      if (!(s in fig.locator)) ctx.addIssue({ code: 'custom', path: ['locator', s], message: `no locator for source "${s}" → add "${s}": "where in that document the figure stands" to "locator"` });
    }
    for (const s of Object.keys(fig.locator)) {
      if (!fig.source.includes(s)) ctx.addIssue({ code: 'custom', path: ['locator', s], message: `a locator for "${s}", which is not in "source" → remove it, or add "${s}" to "source"` });
    }
  });

export const figuresSchema = z.record(idSchema, figureSchema);

/**
 * One specific document a reader can open (see notes in content/README.md):
 * - online: `url` is the document's own address (never a homepage or a search page);
 * - print citation: `offline: true` and no `url`, for a document known to exist but not checked
 *   online (e.g. a prospectus page); readers are told it was not checked online;
 * `title` is the headline or filing name exactly as published.
 */
export const sourceSchema = z
  .object({
    publisher: z.string().min(1),
    title: z.string().min(1),
    /** Publication date, as precise as known. */
    date: isoDateSchema,
    /** The document's own URL. Omitted only for a print citation (`offline`). */
    url: z.url().optional(),
    /** A print citation: the document exists but was not checked online; it has no `url`. */
    offline: z.literal(true).optional(),
    language: z.enum(LANGS),
    author: z.string().optional(),
    /** What this source is used for and how far to trust it, shown in the sources chapter. */
    note: localizedSchema.optional(),
  })
  .strict()
  .superRefine((src, ctx) => {
    const fix = (message: string) => ctx.addIssue({ code: 'custom', path: ['url'], message });
    if (src.url && src.offline) fix('a url with "offline": true → a document with a url is checked online: remove "offline", or remove the url');
    else if (!src.url && !src.offline) fix('no url and not a print citation → add the url of the document itself, or set "offline": true if it exists but cannot be checked online; a source with no document is not a source: cut the claims that cite it');
  });

export const sourcesSchema = z.record(idSchema, sourceSchema);

// Event tracks and kinds belong to the charts that draw them: each chart's manifest names its track
// and kinds (src/charts/<id>/manifest.ts), so a new chart's events need no edit here.
const EVENTS = MANIFESTS.flatMap((m) => (m.events ? [m.events] : []));
const TRACKS = EVENTS.map((e) => e.track) as [EventTrack, ...EventTrack[]];
const KINDS = [...new Set(EVENTS.flatMap((e) => e.kinds))] as [EventKind, ...EventKind[]];

export const eventKindSchema = z.enum(KINDS);

export const eventSchema = z
  .object({
    id: idSchema,
    date: isoDateSchema,
    /** When the date itself is uncertain (e.g. "April or August 2018"), say so here. */
    dateNote: localizedSchema.optional(),
    track: z.enum(TRACKS),
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
