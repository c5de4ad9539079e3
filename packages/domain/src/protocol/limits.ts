/** Bounds a client must respect and the server enforces (413 with the limit in the message). */
export const PUSH_LIMITS = {
  maxVersions: 1000,
  maxBytes: 8 * 1024 * 1024,
} as const;

/** Large pages make a first sync of tens of thousands of versions cheap; the cap bounds one response. */
export const PULL_LIMITS = {
  defaultLimit: 1000,
  maxLimit: 5000,
} as const;
