import {
  dismissDuplicateVersion,
  mergePatientVersion,
  type PatientData,
  type RecordState,
  unmergePatientVersion,
  type Version,
} from '@registry/domain';
import type { Writer } from '../app/use-writer';
import { failure, type SaveOutcome } from '../episodes/save-episode';
import type { LocalStore } from '../local/local-store';
import { chartStates } from '../local/patient-summary';

type PatientState = RecordState<PatientData & Record<string, unknown>>;

/** The patient record of a chart as the store holds it now (not as a screen last drew it). */
async function patientState(store: LocalStore, patientId: string): Promise<PatientState> {
  const state = chartStates(await store.chart(patientId)).get(patientId);
  if (state?.entity !== 'patient') throw new Error('This patient’s details are not on this device.');
  return state as PatientState;
}

async function write(writer: Writer, build: () => Promise<Version>): Promise<SaveOutcome> {
  try {
    const version = await build();
    await writer.save(version);
    return { ok: true, entityId: version.entityId };
  } catch (error) {
    return failure(error);
  }
}

/** Merges `duplicateId` into `survivorId`: one version of the duplicate; its episodes show under the survivor. */
export function mergePatients(writer: Writer, store: LocalStore, duplicateId: string, survivorId: string) {
  return write(writer, async () =>
    mergePatientVersion(writer.context(), await patientState(store, duplicateId), survivorId),
  );
}

/** Undoes a merge: the duplicate stands on its own again, with its episodes. */
export function unmergePatient(writer: Writer, store: LocalStore, patientId: string) {
  return write(writer, async () =>
    unmergePatientVersion(writer.context(), await patientState(store, patientId)),
  );
}

/** "Not the same person": the pair is never offered again, on any device once synced. */
export function dismissPair(writer: Writer, store: LocalStore, patientId: string, otherId: string) {
  return write(writer, async () =>
    dismissDuplicateVersion(writer.context(), await patientState(store, patientId), otherId),
  );
}
