// The named states of the partnerships graphic, in story order (one per turning point, 2018–2022).
export const STATES = ['tie-up', 'links-out', 'suspended', 'jd-deal', 'alliance', 'closed-loop', 'cut-2022', 'restored'] as const;
export type PartnershipsState = (typeof STATES)[number];
