import type { EpisodeType, SessionUser } from '@registry/domain';
import type { AnyState } from '../local/patient-summary';
import { defaultHospitalId, defaultSurgeryId } from './chart-episodes';
import { type EpisodeFormValues, emptyEpisodeValues } from './episode-form-values';

export interface NewEpisodeContext {
  type: EpisodeType;
  user: Pick<SessionUser, 'id' | 'role' | 'hospitalIds'>;
  patientId: string;
  states: ReadonlyMap<string, AnyState>;
  /** The `?surgery=` of the address, when the person came from an operation. */
  requestedSurgeryId?: string | null;
  today: string;
}

/**
 * A new episode's form as it opens (UX.md, "sensible defaults"): today's date, the likely hospital,
 * the user as primary surgeon when they are a surgeon, the operation it follows. Nothing else is
 * pre-selected, so nothing needs to be remembered and changed.
 */
export function newEpisodeDefaults(context: NewEpisodeContext): EpisodeFormValues {
  const { type, user, patientId, states, requestedSurgeryId, today } = context;
  const values = { ...emptyEpisodeValues(), date: today };
  const patientHospital = states.get(patientId)?.preferred.data.registeredHospitalId;
  if (type === 'surgery') {
    values.hospitalId = defaultHospitalId(user, patientHospital);
    if (user.role === 'surgeon') values.primarySurgeonId = user.id;
    return values;
  }
  values.surgeryEpisodeId = defaultSurgeryId(states, requestedSurgeryId);
  const surgeryHospital = states.get(values.surgeryEpisodeId)?.preferred.data.hospitalId;
  values.hospitalId = defaultHospitalId(user, patientHospital, surgeryHospital);
  return values;
}

/** Where a new episode's draft is kept: per type and patient, and per operation when one was named. */
export function newEpisodeDraftKey(type: EpisodeType, patientId: string, requestedSurgeryId?: string | null) {
  const base = `episode:new:${type}:${patientId}`;
  return type !== 'surgery' && requestedSurgeryId ? `${base}:${requestedSurgeryId}` : base;
}
