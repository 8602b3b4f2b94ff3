// The one list of charts. The content check (registry.ts), the build (build.ts), the browser
// (runtime.ts), the data schema (event tracks and kinds) and the page CSS (aspect ratios, see
// src/styles/charts.ts) all read it. A plain list of imports rather than import.meta.glob, because
// the content check runs in plain Node and the browser tests import it too; a unit test
// (tests/unit/charts/manifest.test.ts) fails if a chart folder is missing from it.
import type { ChartManifest } from './manifest.ts';
import { manifest as gmvTimeline } from './gmv-timeline/manifest.ts';
import { manifest as partnerships } from './partnerships/manifest.ts';
import { manifest as streamers } from './streamers/manifest.ts';

export const MANIFESTS = [gmvTimeline, partnerships, streamers] as const;

type Manifest = (typeof MANIFESTS)[number];
export type ChartId = Manifest['id'];
/** An events track, and the kinds of event on it, as the manifests name them. */
type EventsOf<M> = M extends { events: infer E } ? E : never;
export type EventTrack = EventsOf<Manifest> extends { track: infer T } ? T : never;
export type EventKind = EventsOf<Manifest> extends { kinds: readonly (infer K)[] } ? K : never;

export const manifestOf = (id: string): ChartManifest | undefined => MANIFESTS.find((m) => m.id === id);
