/** How a kind of inspection is named on the public pages. */
export const KIND_LABEL = { FULL: 'Full inspection', FOLLOW_UP: 'Follow-up inspection' } as const;
