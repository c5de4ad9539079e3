import type { Version } from '@registry/domain';

/**
 * The chart (patient) a version belongs to: a patient's own id, or the `patientId` that episodes and
 * log entries carry. A version whose data names no patient (the server refuses such data, so only a
 * damaged store could hold one) gets a chart of its own rather than being dropped.
 */
export function chartKey(version: Version): string {
  if (version.entity === 'patient') return version.entityId;
  const patientId = version.data.patientId;
  return typeof patientId === 'string' && patientId !== '' ? patientId : version.entityId;
}
