import type { Translate } from '../episodes/list-labels';
import { PatientBadges } from '../patients/patient-badges';
import type { ReviewEntry } from '../review-data/review-entry';
import { isMerged } from './review-columns';
import type { ReviewContext } from './use-review-lookups';

// What the two review tables show alike, in words (colour is never the only signal).

/** "Complete", or how many fields the reports still need. */
export function completenessWords(t: Translate, entry: ReviewEntry): string {
  return entry.missingCount === 0 ? t('review:complete') : t('review:missing', { count: entry.missingCount });
}

/** A hospital by name, or by the start of its id when its name has not reached the device. */
export function hospitalWords(t: Translate, lookups: ReviewContext, entry: ReviewEntry): string {
  if (!entry.hospitalId) return '';
  return (
    lookups.hospitalName(entry.hospitalId) ??
    t('episodes:form.unknownHospital', { id: entry.hospitalId.slice(0, 8) })
  );
}

/** The patient's name, or that their details are not on this device. */
export function patientWords(t: Translate, entry: ReviewEntry): string {
  return entry.patientName ?? t('patients:notOnDevice.name');
}

export function StatusBadges({ entry }: { entry: ReviewEntry }) {
  return <PatientBadges inConflict={entry.inConflict} deleted={entry.deleted} merged={isMerged(entry)} />;
}
