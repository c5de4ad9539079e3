/** Ordered from least to most rights; see the roles table in DOMAIN.md. */
export const ROLES = ['surgeon', 'coordinator', 'admin'] as const;
export type Role = (typeof ROLES)[number];
