/** When prophylactic antibiotics were given; several may apply, so a surgery stores a list of these. */
export const ANTIBIOTIC_TIMINGS = ['ivBeforeSurgery', 'iv24h', 'oral24h', 'iv48h', 'oral48h'] as const;
export type AntibioticTiming = (typeof ANTIBIOTIC_TIMINGS)[number];
