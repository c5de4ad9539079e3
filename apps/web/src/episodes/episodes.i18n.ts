// Words of the episode screens (surgery, discharge, follow-up forms; the episode page and its log).
export const episodes = { en: {}, sw: {} } as const;
