// Words of the home screen: search and worklists.
export const home = { en: {}, sw: {} } as const;
