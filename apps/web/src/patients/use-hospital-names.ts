import { useMemo } from 'react';
import { useReference } from '../app/use-reference';

/** Hospital names by id, from the reference data kept on the device. */
export function useHospitalNames(): ReadonlyMap<string, string> {
  const { hospitals } = useReference();
  return useMemo(() => new Map(hospitals.map((h) => [h.id, h.name])), [hospitals]);
}
