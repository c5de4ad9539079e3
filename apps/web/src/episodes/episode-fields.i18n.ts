// Labels of the fields of episodes and log entries, as forms, history and conflict views show them.
export const episodeFields = { en: {}, sw: {} } as const;
