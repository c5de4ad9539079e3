import { useSyncExternalStore } from 'react';
import type { PatientIndex } from '../patients/patient-index';
import { useServices } from './services-context';

/** The in-memory patient index, re-rendering the caller whenever any patient changes. */
export function usePatientIndex(): PatientIndex {
  const { patients } = useServices();
  useSyncExternalStore(
    (listener) => patients.subscribe(listener),
    () => patients.revision,
  );
  return patients;
}
