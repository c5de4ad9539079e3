// Words of the history and conflict views.
export const history = { en: {}, sw: {} } as const;
