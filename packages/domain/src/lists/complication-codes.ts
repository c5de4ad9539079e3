/**
 * Post-operative complications, counted in reports. "None" is not a code: a discharge says
 * `anyComplications: 'no'` instead, so an empty list can still mean "not asked yet".
 */
export const COMPLICATION_CODES = [
  'bleeding',
  'haematoma',
  'urinaryRetention',
  'returnToTheatre',
  'death',
  'other',
] as const;
export type ComplicationCode = (typeof COMPLICATION_CODES)[number];
