export const PAIN_LEVELS = ['none', 'minimal', 'mild', 'moderate', 'severe'] as const;
export type PainLevel = (typeof PAIN_LEVELS)[number];

/**
 * The yes/no/unknown findings asked at follow-up. Each is also the name of a follow-up field,
 * with a `<finding>Comment` field beside it, so forms and exports can loop over this list.
 */
export const FOLLOW_UP_FINDINGS = ['meshAwareness', 'infection', 'seroma', 'numbness', 'recurrence'] as const;
export type FollowUpFinding = (typeof FOLLOW_UP_FINDINGS)[number];
