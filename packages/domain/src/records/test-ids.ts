// Fixed ids for tests, so that failures print the same record every run.
export const HOSPITAL = '0192f4c0-0000-7000-8000-000000000001';
export const OTHER_HOSPITAL = '0192f4c0-0000-7000-8000-000000000002';
export const PATIENT = '0192f4c0-0000-7000-8000-000000000010';
export const OTHER_PATIENT = '0192f4c0-0000-7000-8000-000000000011';
export const SURGERY = '0192f4c0-0000-7000-8000-000000000020';
export const EPISODE = '0192f4c0-0000-7000-8000-000000000021';
export const SURGEON = '0192f4c0-0000-7000-8000-000000000030';
export const NURSE = '0192f4c0-0000-7000-8000-000000000031';

/** Midday in East Africa, 22 November 2026. */
export const NOW = new Date('2026-11-22T09:00:00Z');
