import type { PatientSummary } from './patient-summary';

/**
 * Patient summaries are kept in a fixed number of rows ("buckets") rather than one row per patient.
 * IndexedDB's cost is mostly per row, so a first sync that touches thousands of patients rewrites a few
 * dozen bucket rows instead of thousands of summary rows, and the app's start reads every summary in
 * a few dozen reads. A local save rewrites one bucket: a few hundred summaries, a millisecond or two.
 */
export const SUMMARY_BUCKETS = 64;

export interface SummaryBucketRow {
  bucket: number;
  summaries: Record<string, PatientSummary>;
}

/** The bucket of a patient: FNV-1a of its id, so that patients spread evenly whatever their ids. */
export function bucketOf(patientId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < patientId.length; i++) {
    hash ^= patientId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % SUMMARY_BUCKETS;
}

/** The summaries grouped by the bucket that keeps them. */
export function groupByBucket(summaries: readonly PatientSummary[]): Map<number, PatientSummary[]> {
  const groups = new Map<number, PatientSummary[]>();
  for (const summary of summaries) {
    const bucket = bucketOf(summary.patientId);
    const group = groups.get(bucket);
    if (group) group.push(summary);
    else groups.set(bucket, [summary]);
  }
  return groups;
}
