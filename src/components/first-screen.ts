import { headingId } from './ids.ts';

/**
 * What a story page's head names in `<link rel="expect" blocking="render">`: the first chapter's
 * heading, the first element after the first screen (headline, summary, byline and contents). The
 * browser draws nothing until it is parsed, so the first frame holds the whole first screen.
 * Chromium lifts the block when the element is inserted, not when it is closed (measured: naming
 * the contents themselves, a first frame held only some of their entries), hence the element after
 * them; a heading is short, so a browser that waits for the element's end (as the standard reads)
 * starts drawing at nearly the same place.
 * Without it, Chromium's parser yielded at the first tag after `<body>` in many loads (the bench
 * notes) and drew an empty page first; Lighthouse then took that empty frame's layout for the first
 * one and counted the first screen's layout as blocking time.
 */
export const firstScreenEnd = (firstChapter: string): string => `#${headingId(firstChapter)}`;
