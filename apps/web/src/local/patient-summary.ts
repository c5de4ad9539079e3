import {
  type PatientData,
  type PatientWorklist,
  patientWorklist,
  type RecordState,
  recordStates,
  type Version,
} from '@registry/domain';

/**
 * One row per patient with what lists, search and worklists need, so that those screens never read
 * whole charts. Recomputed from the chart whenever it changes.
 */
export interface PatientSummary extends PatientWorklist {
  patientId: string;
  /** What lists and search show of the preferred head; undefined when only episodes are on the device. */
  patient?: SummaryPatient;
  deleted: boolean;
  /** The patient record itself has several heads. */
  inConflict: boolean;
  /** Hospitals of the patient and of its episodes. */
  hospitalIds: string[];
  /** The latest episode date, for sorting and "last seen". */
  lastEpisodeDate?: string;
  /** The newest version's device time, for "recently changed". */
  changedAt: string;
}

/**
 * The patient fields that lists and search need: not the notes or the address, which can be long and
 * are read from the chart on the patient's page, since every summary is rewritten with its bucket.
 */
const SUMMARY_FIELDS = [
  'fullName',
  'gender',
  'birthYear',
  'birthDate',
  'nationalId',
  'hospitalNumber',
  'phones',
  'registeredHospitalId',
  'mergedInto',
  'notDuplicateOf',
] as const satisfies readonly (keyof PatientData)[];
export type SummaryPatient = Pick<PatientData, (typeof SUMMARY_FIELDS)[number]>;

function summaryPatient(data: PatientData): SummaryPatient {
  const picked: Partial<Record<keyof PatientData, unknown>> = {};
  for (const field of SUMMARY_FIELDS) if (data[field] !== undefined) picked[field] = data[field];
  return picked as SummaryPatient;
}

export type AnyState = RecordState<Record<string, unknown>>;

export function chartStates(versions: readonly Version[]): Map<string, AnyState> {
  return recordStates(versions);
}

export function summarizeChart(patientId: string, versions: readonly Version[]): PatientSummary {
  const states = chartStates(versions);
  const own = states.get(patientId);
  const hospitalIds = new Set<string>();
  let lastEpisodeDate: string | undefined;
  for (const s of states.values()) {
    if (s.deleted) continue;
    const data = s.preferred.data;
    const hospital = s.entity === 'patient' ? data.registeredHospitalId : data.hospitalId;
    if (typeof hospital === 'string') hospitalIds.add(hospital);
    if (
      s.entity === 'episode' &&
      typeof data.date === 'string' &&
      (!lastEpisodeDate || data.date > lastEpisodeDate)
    )
      lastEpisodeDate = data.date;
  }
  let changedAt = '';
  for (const v of versions) if (v.createdAt > changedAt) changedAt = v.createdAt;
  return {
    patientId,
    ...(own?.entity === 'patient' ? { patient: summaryPatient(own.preferred.data as PatientData) } : {}),
    deleted: own?.entity === 'patient' ? own.deleted : false,
    inConflict: own?.inConflict ?? false,
    hospitalIds: [...hospitalIds].sort(),
    ...(lastEpisodeDate ? { lastEpisodeDate } : {}),
    changedAt,
    ...patientWorklist(states.values()),
  };
}
