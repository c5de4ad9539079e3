import type { Entity } from '@registry/domain';
import { episodeFieldLabel } from '../episodes/field-label';
import type { Translate } from '../episodes/list-labels';
import { patientFieldLabel } from '../patients/patient-field-label';

/** The label of a field of any record of a chart, as its own form shows it. */
export function recordFieldLabel(t: Translate, entity: Entity, field: string, episodeType?: unknown): string {
  return entity === 'patient' ? patientFieldLabel(t, field) : episodeFieldLabel(t, field, episodeType);
}
