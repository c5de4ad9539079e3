import type { DuplicateCandidate } from '@registry/domain';
import type { PatientSummary } from '../local/patient-summary';

/**
 * The patients the duplicates list compares: live ones with their details on the device. Deleted
 * patients are left out (restore first); merged ones are kept, the scorer itself leaves them out.
 */
export function duplicateCandidates(summaries: Iterable<PatientSummary>): DuplicateCandidate[] {
  const candidates: DuplicateCandidate[] = [];
  for (const { patientId, patient, deleted } of summaries) {
    if (deleted || !patient) continue;
    candidates.push({ id: patientId, ...patient });
  }
  return candidates;
}
