/** An answer that may honestly be "unknown": the surgeon was not there, or the notes do not say. */
export const TRI_STATES = ['yes', 'no', 'unknown'] as const;
export type TriState = (typeof TRI_STATES)[number];

/** A plain yes/no, for questions the person filling the form always knows the answer to. */
export const YES_NO = ['yes', 'no'] as const;
export type YesNo = (typeof YES_NO)[number];
