// Labels of every code of the domain's lists (hernia sites, sides, mesh types…), by list name.
export const lists = { en: {}, sw: {} } as const;
