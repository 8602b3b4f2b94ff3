// The named states of the GMV timeline, in story order. Each is a complete description of the
// picture: going to a state draws the same chart whatever state came before.
export const STATES = ['launch', 'first-year', 'prospectus', 'race', 'target', 'comparison', 'slowdown', 'hindsight', 'same-size', 'latest'] as const;
export type GmvState = (typeof STATES)[number];
