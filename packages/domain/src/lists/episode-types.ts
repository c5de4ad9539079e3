export const EPISODE_TYPES = ['surgery', 'discharge', 'followUp'] as const;
export type EpisodeType = (typeof EPISODE_TYPES)[number];
