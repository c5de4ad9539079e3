import { useMemo } from 'react';
import { usePatientIndex } from '../app/use-patients';
import { useReference } from '../app/use-reference';
import { listOfField } from '../episodes/field-lists';
import { codeLabel } from '../episodes/list-labels';
import type { AnyState } from '../local/patient-summary';
import { recordTitle } from '../patients/record-title';
import { useTranslate } from '../patients/use-translate';
import { formatDate } from '../shell/format-time';
import type { ValueWords } from './format-value';

/** formatValue's words in the screen's language, with names of hospitals, staff, patients and episodes. */
export function useValueWords(states: ReadonlyMap<string, AnyState>): ValueWords {
  const { t, language } = useTranslate('history');
  const { hospitals, staff } = useReference();
  const index = usePatientIndex();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the index object stays; its revision changes
  return useMemo(() => {
    const hospitalNames = new Map(hospitals.map((h) => [h.id, h.name]));
    const staffNames = new Map(staff.map((s) => [s.id, s.fullName]));
    return {
      empty: t('empty'),
      yes: t('common:yes'),
      no: t('common:no'),
      code: (field, code) => {
        const list = listOfField(field);
        return list ? codeLabel(t, list, code) : code;
      },
      reference: (kind, id) => {
        if (kind === 'hospital') return hospitalNames.get(id);
        if (kind === 'staff') return staffNames.get(id);
        if (kind === 'patient') return index.get(id)?.patient?.fullName;
        const episode = states.get(id);
        return episode ? recordTitle(t, episode, language, states) : undefined;
      },
      date: (date) => formatDate(date, language),
    };
  }, [t, language, hospitals, staff, index, index.revision, states]);
}
