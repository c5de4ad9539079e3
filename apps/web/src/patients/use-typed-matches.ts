import { useDeferredValue, useMemo } from 'react';
import { type Control, useWatch } from 'react-hook-form';
import { usePatientIndex } from '../app/use-patients';
import type { PatientSummary } from '../local/patient-summary';
import type { PatientFormValues } from './patient-form-values';
import { matchQueries, mergeMatches } from './typed-matches';

const PER_QUERY = 5;
const SHOWN = 5;

/** Patients that look like the one being typed into the form, kept current as the person types. */
export function useTypedMatches(control: Control<PatientFormValues>, excludeId?: string): PatientSummary[] {
  const index = usePatientIndex();
  const [fullName, nationalId, hospitalNumber, phones] = useWatch({
    control,
    name: ['fullName', 'nationalId', 'hospitalNumber', 'phones'],
  });
  const queries = useDeferredValue(matchQueries({ fullName, nationalId, hospitalNumber, phones }).join('\n'));
  // index.revision: a pull that brings the same person in while the form is open shows them too.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the index object stays; its revision changes
  return useMemo(
    () =>
      mergeMatches(
        queries
          .split('\n')
          .filter(Boolean)
          .map((q) => index.search(q, PER_QUERY)),
        SHOWN,
        excludeId,
      ),
    [index, index.revision, queries, excludeId],
  );
}
