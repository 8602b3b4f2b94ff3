// The named states of the streamers graphic, in story order.
export const STATES = ['first-sale', 'record-2018', 'feud', 'birds-nest', 'penalty', 'clans', 'shrinking'] as const;
export type StreamersState = (typeof STATES)[number];
